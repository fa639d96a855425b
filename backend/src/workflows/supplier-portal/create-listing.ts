import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { SUPPLIER_MODULE } from "../../modules/supplier"
import { createChangeRequestStep } from "./steps/create-change-request"
import { setVariantStockStep } from "./steps/set-variant-stock"

export const CREATE_SUPPLIER_LISTING_WORKFLOW_ID = "create-supplier-listing"

export type CreateListingInput = {
  supplier_id: string
  member_id: string
  location_id: string
  /** Medusa's product input, status `proposed` */
  product: CreateProductWorkflowInputDTO
  /** stock by variant title (the pack) */
  stock: Record<string, number>
}

/**
 * A supplier lists a new product (新品上架申请): Medusa's createProductsWorkflow
 * with status `proposed`, the link to the supplier, its stock at the
 * marketplace's warehouse, and a `new_listing` change request in the
 * operator's inbox. It is sold only once the operator approves it and its
 * certificate is valid.
 */
export const createSupplierListingWorkflow = createWorkflow(CREATE_SUPPLIER_LISTING_WORKFLOW_ID, (input: CreateListingInput) => {
  const products = createProductsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ products: [input.product] })) })
  const product = transform({ products }, ({ products }) => products[0]!)
  createRemoteLinkStep(
    transform({ input, product }, ({ input, product }) => [
      { [Modules.PRODUCT]: { product_id: product.id }, [SUPPLIER_MODULE]: { supplier_id: input.supplier_id } },
    ])
  )
  setVariantStockStep(
    transform({ input, product }, ({ input, product }) => ({
      location_id: input.location_id,
      items: (product.variants ?? []).map((v) => ({ variant_id: v.id, stock: input.stock[v.title] ?? 0 })),
    }))
  )
  createChangeRequestStep(
    transform({ input, product }, ({ input, product }) => ({
      supplier_id: input.supplier_id,
      product_id: product.id,
      kind: "new_listing" as const,
      changes: { title: product.title, description: product.description ?? null, images: (product.images ?? []).map((i) => ({ url: i.url })) },
      requested_by: input.member_id,
    }))
  )
  return new WorkflowResponse(product)
})
