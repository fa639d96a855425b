import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SUPPLIER_ACTOR_TYPE } from "@fupin/shared"
import { SUPPLIER_MODULE } from "../../modules/supplier"
import type SupplierModuleService from "../../modules/supplier/service"

/** The producer portal's demo login — demo data only: the owner of the supplier of 寻甸牛干巴. */
export const DEMO_SUPPLIER_OWNER = { email: "owner@supplier01.fupin.local", password: "fupin-demo", name: "示例01负责人" } as const
export const DEMO_SUPPLIER_PRODUCT_HANDLE = "xundian-dried-beef"

/**
 * Gives the supplier of 寻甸牛干巴 an owner member with a `supplier` login.
 * Idempotent: does nothing when the member exists.
 */
export async function seedSupplierPortal(container: MedusaContainer) {
  const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
  const [existing] = await suppliers.listSupplierMembers({ email: DEMO_SUPPLIER_OWNER.email }, { take: 1 })
  if (existing) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "supplier.id"], filters: { handle: DEMO_SUPPLIER_PRODUCT_HANDLE } })
  const supplierId = (data[0] as { supplier?: { id?: string } | null } | undefined)?.supplier?.id
  if (!supplierId) throw new Error(`demo supplier portal: ${DEMO_SUPPLIER_PRODUCT_HANDLE} has no supplier`)

  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email: DEMO_SUPPLIER_OWNER.email, password: DEMO_SUPPLIER_OWNER.password },
  })
  if (error || !authIdentity) throw new Error(`demo supplier owner: ${error ?? "no auth identity"}`)
  const member = await suppliers.createSupplierMembers({
    supplier_id: supplierId,
    email: DEMO_SUPPLIER_OWNER.email,
    name: DEMO_SUPPLIER_OWNER.name,
    role: "owner",
    status: "active",
  })
  // Medusa puts app_metadata.<actor_type>_id into the login token as actor_id
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { [`${SUPPLIER_ACTOR_TYPE}_id`]: member.id } })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`demo: supplier owner ${DEMO_SUPPLIER_OWNER.email}`)
}
