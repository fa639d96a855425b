import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPLIER_MODULE } from "../../../modules/supplier"
import type SupplierModuleService from "../../../modules/supplier/service"
import type { SupplierFields } from "../types"

/** auto_approve: the operator trusts this producer; its listings' changes apply without review */
export type UpdateSupplierStepInput = { id: string; data: Partial<SupplierFields & { auto_approve: boolean; low_stock_threshold: number }> }

/** Updates a supplier's fields; compensation puts the previous values back. */
export const updateSupplierStep = createStep(
  "update-supplier",
  async ({ id, data }: UpdateSupplierStepInput, { container }) => {
    const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
    const before = await suppliers.retrieveSupplier(id)
    const keys = Object.keys(data) as Array<keyof typeof data>
    const previous = Object.fromEntries(keys.map((k) => [k, before[k]])) as typeof data
    const update = data.credit_code ? { ...data, credit_code: data.credit_code.trim().toUpperCase() } : data
    const supplier = await suppliers.updateSuppliers({ id, ...update })
    return new StepResponse(supplier, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<SupplierModuleService>(SUPPLIER_MODULE).updateSuppliers({ id: undo.id, ...undo.previous })
  }
)
