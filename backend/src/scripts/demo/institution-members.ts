import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import type { MemberRole } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"
import { demoCreditCode } from "./institutions"

/** Demo data only: the portal logins of 昆明市某中学（示例01）, all with this password. */
export const DEMO_MEMBER_PASSWORD = "fupin-demo"

/**
 * The purchaser's 月度预算: ¥500,000 of goods per month, well above what the journeys order (a few orders of
 * ¥5,000–14,000 each, on one shared database) and about half of the school's monthly canteen budget.
 */
export const DEMO_PURCHASER_MONTHLY_BUDGET = 500_000

export const DEMO_MEMBERS: Array<{ email: string; first_name: string; last_name: string; roles: MemberRole[]; monthly_budget?: number }> = [
  { email: "purchaser@school01.fupin.local", first_name: "采购员", last_name: "（示例01）", roles: ["purchaser"], monthly_budget: DEMO_PURCHASER_MONTHLY_BUDGET },
  { email: "approver@school01.fupin.local", first_name: "审批人", last_name: "（示例01）", roles: ["approver"] },
  { email: "admin@school01.fupin.local", first_name: "管理员", last_name: "（示例01）", roles: ["admin"] },
]

/** 示例01's rules: orders above ¥5,000 need an approver; a ¥12M canteen food budget with the national 10 % reserved. */
export const DEMO_SCHOOL01_SETTINGS = {
  approval_threshold: 5_000,
  annual_canteen_budget: 12_000_000,
  reserved_share_percent: 10,
} as const

/**
 * Gives 昆明市某中学（示例01） its approval rule and reserved share, and three
 * members who can log in (Medusa emailpass identities linked to customers).
 * Idempotent: an existing login or member is left as it is.
 */
export async function seedInstitutionMembers(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const customers = container.resolve(Modules.CUSTOMER)
  const auth = container.resolve(Modules.AUTH)

  const [school] = await service.listInstitutions({ credit_code: demoCreditCode(1, "school") })
  if (!school) throw new Error("demo members: 昆明市某中学（示例01） is missing; seedInstitutions runs first")
  await service.updateInstitutions({ id: school.id, ...DEMO_SCHOOL01_SETTINGS })

  for (const m of DEMO_MEMBERS) {
    let [customer] = await customers.listCustomers({ email: m.email, has_account: true })
    if (!customer) {
      const { authIdentity, error } = await auth.register("emailpass", { body: { email: m.email, password: DEMO_MEMBER_PASSWORD } })
      if (error || !authIdentity) throw new Error(`demo member ${m.email}: ${error ?? "no auth identity"}`)
      const { result } = await createCustomerAccountWorkflow(container).run({
        input: {
          authIdentityId: authIdentity.id,
          customerData: { email: m.email, first_name: m.first_name, last_name: m.last_name, metadata: { demo: true } },
        },
      })
      customer = result
    }
    const [member] = await service.listInstitutionBuyers({ customer_id: customer.id })
    if (!member) {
      await service.createInstitutionBuyers({ institution_id: school.id, customer_id: customer.id, roles: m.roles, monthly_budget: m.monthly_budget ?? null })
    }
  }
  logger.info(`demo: ${DEMO_MEMBERS.length} portal logins for ${school.name}`)
}
