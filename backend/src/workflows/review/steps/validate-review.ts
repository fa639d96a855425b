import { MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_CHANGE_STATUS_LABELS, type ProductChangeStatus } from "@fupin/shared"
import { listingState, type ListingState } from "../../../lib/review/listing"
import { SUPPLIER_MODULE } from "../../../modules/supplier"
import type SupplierModuleService from "../../../modules/supplier/service"
import type { ProductChanges } from "./apply-product-changes"

export type ListingReview = ListingState & { change_request_ids: string[] }

/**
 * A new listing (Medusa status `proposed`) waiting for the operator, with what would
 * keep it off sale once approved and its pending new-listing requests. 400 when it is
 * not waiting for review; 404 when there is no such product.
 */
export const validateListingReviewStep = createStep("validate-listing-review", async ({ product_id }: { product_id: string }, { container }) => {
  const state = await listingState(container, product_id)
  if (state.status !== ProductStatus.PROPOSED) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `listing: 「${state.title}」不在待审核状态（当前 ${state.status}），只有新上架的商品（proposed）需要审核`
    )
  }
  const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
  const pending = await suppliers.listProductChangeRequests({ product_id, kind: "new_listing", status: "pending" }, { select: ["id"] })
  return new StepResponse<ListingReview>({ ...state, change_request_ids: pending.map((r) => r.id) })
})

export type ChangeRequestReview = { id: string; product_id: string; changes: ProductChanges }

/** A pending change request of a live listing; 400 when decided already or a new listing (reviewed as a listing); 404 when missing. */
export const validateChangeRequestReviewStep = createStep("validate-change-request-review", async ({ id }: { id: string }, { container }) => {
  const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
  const [request] = await suppliers.listProductChangeRequests({ id }, { take: 1 })
  if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Change request with id: ${id} was not found`)
  if (request.status !== "pending") {
    const label = PRODUCT_CHANGE_STATUS_LABELS[request.status as ProductChangeStatus]?.zh ?? request.status
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `change_request: 该修改申请${label}，不能再次审核`)
  }
  if (request.kind === "new_listing") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `change_request: 这是新上架申请，请在「新上架」中审核（POST /admin/listings/${request.product_id}/approve）`
    )
  }
  return new StepResponse<ChangeRequestReview>({ id: request.id, product_id: request.product_id, changes: (request.changes ?? {}) as ProductChanges })
})
