import type { MedusaContainer } from "@medusajs/framework/types"
import { SUPPLIER_MODULE } from "../../modules/supplier"
import type SupplierModuleService from "../../modules/supplier/service"

/** The supplier an active member works for, or null (unknown or disabled member). */
export async function supplierOfMember(container: MedusaContainer, memberId: string): Promise<string | null> {
  const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
  const [member] = await suppliers.listSupplierMembers({ id: memberId }, { take: 1, select: ["id", "supplier_id", "status"] })
  return member && member.status === "active" ? ((member as unknown as { supplier_id: string }).supplier_id ?? null) : null
}
