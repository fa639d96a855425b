import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SupplierMemberRole } from "@fupin/shared"
import { SUPPLIER_MODULE } from "../../../modules/supplier"
import type SupplierModuleService from "../../../modules/supplier/service"

export type CreateSupplierMemberInput = {
  supplier_id: string
  email: string
  name: string
  phone?: string | null
  role: SupplierMemberRole
}

/** Creates a supplier's member; compensation deletes it. */
export const createSupplierMemberStep = createStep(
  "create-supplier-member",
  async (input: CreateSupplierMemberInput, { container }) => {
    const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
    const member = await suppliers.createSupplierMembers({
      supplier_id: input.supplier_id,
      email: input.email.trim().toLowerCase(),
      name: input.name,
      phone: input.phone ?? null,
      role: input.role,
      status: "active",
    })
    return new StepResponse(member, member.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SupplierModuleService>(SUPPLIER_MODULE).deleteSupplierMembers(id)
  }
)
