import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { supplierTransition, type SupplierAction, type SupplierStatus } from "@fupin/shared"
import { SUPPLIER_MODULE } from "../../../modules/supplier"
import type SupplierModuleService from "../../../modules/supplier/service"
import type { ReviewSupplierInput } from "../types"

export type SetSupplierStatusStepInput = ReviewSupplierInput & { action: SupplierAction }

/**
 * Moves a supplier through the review status machine (pending → approved |
 * rejected; approved ⇄ suspended), recording who decided, when and why.
 * An invalid transition is a 400 that says which status allows the action.
 */
export const setSupplierStatusStep = createStep(
  "set-supplier-status",
  async ({ id, action, actor_id, note }: SetSupplierStatusStepInput, { container }) => {
    const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
    const before = await suppliers.retrieveSupplier(id)
    const transition = supplierTransition(before.status as SupplierStatus, action)
    if (!transition.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, transition.message)
    const supplier = await suppliers.updateSuppliers({
      id,
      status: transition.to,
      reviewed_by: actor_id ?? null,
      reviewed_at: new Date(),
      review_note: note ?? null,
    })
    return new StepResponse(supplier, {
      id,
      status: before.status,
      reviewed_by: before.reviewed_by,
      reviewed_at: before.reviewed_at,
      review_note: before.review_note,
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<SupplierModuleService>(SUPPLIER_MODULE).updateSuppliers(previous)
  }
)
