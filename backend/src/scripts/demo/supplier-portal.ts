import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SUPPLIER_ACTOR_TYPE } from "@fupin/shared"
import { SUPPLIER_MODULE } from "../../modules/supplier"
import type SupplierModuleService from "../../modules/supplier/service"

/** The producer portal's demo logins — demo data only: the owners of the suppliers of 寻甸牛干巴 and of 禄劝魔芋面. */
export const DEMO_SUPPLIER_OWNER = { email: "owner@supplier01.fupin.local", password: "fupin-demo", name: "示例01负责人" } as const
export const DEMO_SUPPLIER_PRODUCT_HANDLE = "xundian-dried-beef"
export const DEMO_SUPPLIER_OWNERS = [
  { ...DEMO_SUPPLIER_OWNER, product_handle: DEMO_SUPPLIER_PRODUCT_HANDLE },
  { email: "owner@supplier03.fupin.local", password: "fupin-demo", name: "示例03负责人", product_handle: "luquan-konjac-noodles" },
] as const

/**
 * Gives the suppliers of those products an owner member each, with a
 * `supplier` login. Idempotent: an existing member is left as it is.
 */
export async function seedSupplierPortal(container: MedusaContainer) {
  for (const owner of DEMO_SUPPLIER_OWNERS) await seedOwner(container, owner)
}

async function seedOwner(container: MedusaContainer, owner: (typeof DEMO_SUPPLIER_OWNERS)[number]) {
  const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
  const [existing] = await suppliers.listSupplierMembers({ email: owner.email }, { take: 1 })
  if (existing) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "supplier.id"], filters: { handle: owner.product_handle } })
  const supplierId = (data[0] as { supplier?: { id?: string } | null } | undefined)?.supplier?.id
  if (!supplierId) throw new Error(`demo supplier portal: ${owner.product_handle} has no supplier`)

  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email: owner.email, password: owner.password },
  })
  if (error || !authIdentity) throw new Error(`demo supplier owner: ${error ?? "no auth identity"}`)
  const member = await suppliers.createSupplierMembers({
    supplier_id: supplierId,
    email: owner.email,
    name: owner.name,
    role: "owner",
    status: "active",
  })
  // Medusa puts app_metadata.<actor_type>_id into the login token as actor_id
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { [`${SUPPLIER_ACTOR_TYPE}_id`]: member.id } })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`demo: supplier owner ${owner.email}`)
}
