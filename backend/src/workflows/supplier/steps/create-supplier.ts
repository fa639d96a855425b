import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPLIER_MODULE } from "../../../modules/supplier"
import type SupplierModuleService from "../../../modules/supplier/service"
import type { SupplierFields } from "../types"

export type CreateSupplierStepInput = Partial<SupplierFields> &
  Pick<SupplierFields, "legal_name" | "credit_code" | "type" | "county_handle">

/** Creates the supplier, pending review; compensation deletes it. */
export const createSupplierStep = createStep(
  "create-supplier",
  async (input: CreateSupplierStepInput, { container }) => {
    const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
    const supplier = await suppliers.createSuppliers({
      ...input,
      credit_code: input.credit_code.trim().toUpperCase(),
      status: "pending",
    })
    return new StepResponse(supplier, supplier.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SupplierModuleService>(SUPPLIER_MODULE).deleteSuppliers(id)
  }
)
