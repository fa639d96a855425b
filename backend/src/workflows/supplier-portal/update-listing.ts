import type { UpdateProductDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createProductVariantsWorkflow,
  updateProductOptionValuesOnProductStep,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { packVariant } from "../../lib/supplier-portal/listing-input"
import { createChangeRequestStep, type CreateChangeRequestInput } from "./steps/create-change-request"
import { setVariantStockStep } from "./steps/set-variant-stock"

export const UPDATE_SUPPLIER_LISTING_WORKFLOW_ID = "update-supplier-listing"

export type UpdateListingInput = {
  product_id: string
  location_id: string
  /** price and weight of the listing's own variants: apply at once */
  variants: Array<{ id: string; price: number; weight_g: number }>
  /** stock: applies at once */
  stock: Array<{ variant_id: string; stock: number }>
  /** packs added to the listing (a new value of its 规格 option, a variant with price and stock): apply at once, like price */
  new_packs: Array<{ pack: string; weight_g: number; price: number; stock: number; sku: string }>
  /** the listing's pack option (规格), which each new pack becomes a value of */
  pack_option: { id: string; title: string } | null
  /** title/description/images (and status) written to the product now: a listing under review, or auto-approved */
  product_update: UpdateProductDTO | null
  /** what goes to (or is recorded for) the operator */
  change_request: CreateChangeRequestInput | null
}

/**
 * A supplier edits its listing: price and stock apply at once (Medusa's
 * variant update, the warehouse level), and so do new packs (a value of the
 * 规格 option and a variant with its price and stock); title, description and images are
 * applied to the product or recorded as a change request for the operator, as
 * the route decided (see POST /supplier/products/:id). One workflow, so a
 * failure undoes all of it.
 */
export const updateSupplierListingWorkflow = createWorkflow(UPDATE_SUPPLIER_LISTING_WORKFLOW_ID, (input: UpdateListingInput) => {
  when({ input }, ({ input }) => input.variants.length > 0).then(() => {
    updateProductVariantsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        product_variants: input.variants.map((v) => ({ id: v.id, weight: v.weight_g, prices: [{ amount: v.price, currency_code: "cny" }] })),
      })),
    })
  })
  setVariantStockStep(transform({ input }, ({ input }) => ({ location_id: input.location_id, items: input.stock })))
  when({ input }, ({ input }) => input.new_packs.length > 0 && !!input.pack_option).then(() => {
    // the product allows the new 规格 values first (Medusa's option values on a product), then sells them as variants
    updateProductOptionValuesOnProductStep(
      transform({ input }, ({ input }) => [
        { product_id: input.product_id, product_option_id: input.pack_option!.id, add: input.new_packs.map((p) => ({ value: p.pack })) },
      ])
    )
    const created = createProductVariantsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        product_variants: input.new_packs.map((p) => ({ product_id: input.product_id, ...packVariant(p, input.pack_option!.title) })),
      })),
    })
    setVariantStockStep(
      transform({ input, created }, ({ input, created }) => ({
        location_id: input.location_id,
        items: created.map((v) => ({ variant_id: v.id, stock: input.new_packs.find((p) => p.pack === v.title)?.stock ?? 0 })),
      }))
    ).config({ name: "set-new-pack-stock" })
  })
  when({ input }, ({ input }) => !!input.product_update).then(() => {
    updateProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ selector: { id: input.product_id }, update: input.product_update! })),
    })
  })
  const request = when({ input }, ({ input }) => !!input.change_request).then(() =>
    createChangeRequestStep(transform({ input }, ({ input }) => input.change_request!))
  )
  return new WorkflowResponse(transform({ request }, ({ request }) => request ?? null))
})
