import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProductChangeKind, ProductChangeStatus } from "@fupin/shared"
import { SUPPLIER_MODULE } from "../../../modules/supplier"
import type SupplierModuleService from "../../../modules/supplier/service"

export type CreateChangeRequestInput = {
  supplier_id: string
  product_id: string
  kind: ProductChangeKind
  changes: Record<string, unknown>
  previous?: Record<string, unknown> | null
  requested_by: string
  /** auto-approved: the supplier's auto_approve applied it at once */
  status?: ProductChangeStatus
  reviewed_by?: string | null
}

/**
 * Records what the operator must review (or, auto-approved, what was applied
 * without review). A new pending update replaces the product's older pending
 * one (superseded: rejected with a reason), so the inbox holds one per product.
 * Compensation deletes it and reopens what it superseded.
 */
export const createChangeRequestStep = createStep(
  "create-product-change-request",
  async (input: CreateChangeRequestInput, { container }) => {
    const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
    const status = input.status ?? "pending"
    const superseded =
      status === "pending"
        ? await suppliers.listProductChangeRequests({ product_id: input.product_id, kind: input.kind, status: "pending" }, { take: null })
        : []
    if (superseded.length) {
      await suppliers.updateProductChangeRequests(
        superseded.map((r) => ({ id: r.id, status: "rejected" as const, reason: "已被新的修改申请取代 / superseded by a newer request", reviewed_by: "system", reviewed_at: new Date() }))
      )
    }
    const created = await suppliers.createProductChangeRequests({
      supplier_id: input.supplier_id,
      product_id: input.product_id,
      kind: input.kind,
      changes: input.changes,
      previous: input.previous ?? null,
      status,
      requested_by: input.requested_by,
      reviewed_by: input.reviewed_by ?? null,
      reviewed_at: status === "pending" ? null : new Date(),
    })
    return new StepResponse(created, { id: created.id, superseded: superseded.map((r) => r.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
    await suppliers.deleteProductChangeRequests(undo.id)
    if (undo.superseded.length) {
      await suppliers.updateProductChangeRequests(undo.superseded.map((id) => ({ id, status: "pending" as const, reason: null, reviewed_by: null, reviewed_at: null })))
    }
  }
)
