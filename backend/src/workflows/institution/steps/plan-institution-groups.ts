import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ALL_INSTITUTIONS_GROUP_NAME, institutionGroupName } from "../../../lib/institution/price-groups"

export type InstitutionGroupsPlan = {
  /** groups to create, in order: institutions' own, then (when missing) the all-institutions group */
  create: Array<{ name: string; metadata: Record<string, unknown> }>
  /** the institution each created group is for, in the order of `create` (null: the all-institutions group) */
  for_institution: Array<string | null>
  /** existing institution groups whose name no longer follows the institution's (it was renamed) */
  rename: Array<{ id: string; name: string }>
}

/**
 * Reads which institutions lack their customer group, which groups still carry an
 * institution's old name, and whether the all-institutions group exists. Reads only.
 */
export const planInstitutionGroupsStep = createStep(
  "plan-institution-groups",
  async (input: { institution_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const plan: InstitutionGroupsPlan = { create: [], for_institution: [], rename: [] }
    if (input.institution_ids.length) {
      const { data } = await query.graph({
        entity: "institution",
        fields: ["id", "name", "credit_code", "customer_group.id", "customer_group.name"],
        filters: { id: input.institution_ids },
      })
      const rows = data as unknown as Array<{ id: string; name: string; credit_code: string; customer_group?: { id: string; name: string } | null }>
      // the names a group of this institution may have: its own, or (when another took that) with its credit code
      const namesOf = (r: (typeof rows)[number]) => [institutionGroupName(r.name), institutionGroupName(`${r.name}（${r.credit_code}）`)]
      const missing = rows.filter((r) => !r.customer_group?.id)
      const renamed = rows.filter((r) => r.customer_group?.id && !namesOf(r).includes(r.customer_group.name))
      // group names are unique in Medusa: two institutions of one name are told apart by their credit code
      const wanted = [...missing, ...renamed].map((r) => namesOf(r)[0]!)
      const taken = new Set(
        wanted.length
          ? (await container.resolve(Modules.CUSTOMER).listCustomerGroups({ name: { $in: wanted } }, { select: ["name"], take: null })).map((g) => g.name)
          : []
      )
      const freeName = (r: (typeof rows)[number]) => {
        const [own, withCode] = namesOf(r)
        const name = taken.has(own!) ? withCode! : own!
        taken.add(name)
        return name
      }
      for (const row of missing) {
        plan.create.push({ name: freeName(row), metadata: { institution_id: row.id } })
        plan.for_institution.push(row.id)
      }
      for (const row of renamed) plan.rename.push({ id: row.customer_group!.id, name: freeName(row) })
    }
    const [all] = await container.resolve(Modules.CUSTOMER).listCustomerGroups({ name: ALL_INSTITUTIONS_GROUP_NAME }, { take: 1 })
    if (!all) {
      plan.create.push({ name: ALL_INSTITUTIONS_GROUP_NAME, metadata: { all_institutions: true } })
      plan.for_institution.push(null)
    }
    return new StepResponse(plan)
  }
)
