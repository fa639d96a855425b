import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ALL_INSTITUTIONS_GROUP_NAME, institutionGroupName } from "../../../lib/institution/price-groups"

export type InstitutionGroupsPlan = {
  /** groups to create, in order: institutions' own, then (when missing) the all-institutions group */
  create: Array<{ name: string; metadata: Record<string, unknown> }>
  /** the institution each created group is for, in the order of `create` (null: the all-institutions group) */
  for_institution: Array<string | null>
}

/** Reads which institutions lack their customer group, and whether the all-institutions group exists. Reads only. */
export const planInstitutionGroupsStep = createStep(
  "plan-institution-groups",
  async (input: { institution_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const plan: InstitutionGroupsPlan = { create: [], for_institution: [] }
    if (input.institution_ids.length) {
      const { data } = await query.graph({
        entity: "institution",
        fields: ["id", "name", "credit_code", "customer_group.id"],
        filters: { id: input.institution_ids },
      })
      const missing = (data as unknown as Array<{ id: string; name: string; credit_code: string; customer_group?: { id: string } | null }>).filter((r) => !r.customer_group?.id)
      // group names are unique in Medusa: two institutions of one name are told apart by their credit code
      const taken = new Set(
        missing.length
          ? (await container.resolve(Modules.CUSTOMER).listCustomerGroups({ name: { $in: missing.map((r) => institutionGroupName(r.name)) } }, { select: ["name"], take: null })).map((g) => g.name)
          : []
      )
      for (const row of missing) {
        let name = institutionGroupName(row.name)
        if (taken.has(name)) name = institutionGroupName(`${row.name}（${row.credit_code}）`)
        taken.add(name)
        plan.create.push({ name, metadata: { institution_id: row.id } })
        plan.for_institution.push(row.id)
      }
    }
    const [all] = await container.resolve(Modules.CUSTOMER).listCustomerGroups({ name: ALL_INSTITUTIONS_GROUP_NAME }, { take: 1 })
    if (!all) {
      plan.create.push({ name: ALL_INSTITUTIONS_GROUP_NAME, metadata: { all_institutions: true } })
      plan.for_institution.push(null)
    }
    return new StepResponse(plan)
  }
)
