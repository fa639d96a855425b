import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"
import { ALL_INSTITUTIONS_GROUP_NAME } from "../../../lib/institution/price-groups"

type Pair = { customer_id: string; customer_group_id: string }
type Undo = { added: Pair[]; removed: Pair[] }

/**
 * Puts every member of these institutions in its institution's group and in
 * the all-institutions group, and takes out of them the customers who are no
 * longer members (removed, or gone to another institution). The compensation
 * puts the groups back as they were.
 */
export const syncInstitutionGroupMembersStep = createStep(
  "sync-institution-group-members",
  async (input: { institution_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const customers = container.resolve(Modules.CUSTOMER)
    const institutions = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    if (!input.institution_ids.length) return new StepResponse({ added: 0, removed: 0 }, { added: [], removed: [] } as Undo)

    const [all] = await customers.listCustomerGroups({ name: ALL_INSTITUTIONS_GROUP_NAME }, { take: 1 })
    const { data } = await query.graph({
      entity: "institution",
      fields: ["id", "customer_group.id", "customer_group.customers.id"],
      filters: { id: input.institution_ids },
    })
    const rows = data as unknown as Array<{ id: string; customer_group?: { id: string; customers?: Array<{ id: string } | null> | null } | null }>
    const members = await institutions.listInstitutionBuyers({ institution_id: input.institution_ids }, { take: null, select: ["customer_id", "institution_id"] })

    const add: Pair[] = []
    const remove: Pair[] = []
    const leftOwnGroup: string[] = []
    for (const row of rows) {
      const group = row.customer_group
      if (!group) continue
      const want = new Set(members.filter((m) => m.institution_id === row.id).map((m) => m.customer_id))
      const have = new Set((group.customers ?? []).flatMap((c) => (c ? [c.id] : [])))
      for (const id of want) if (!have.has(id)) add.push({ customer_id: id, customer_group_id: group.id })
      for (const id of have) {
        if (want.has(id)) continue
        remove.push({ customer_id: id, customer_group_id: group.id })
        leftOwnGroup.push(id)
      }
    }
    if (all) {
      const everyone = [...new Set([...members.map((m) => m.customer_id), ...leftOwnGroup])]
      const { data: inAll } = await query.graph({
        entity: "customer",
        fields: ["id", "groups.id"],
        filters: { id: everyone },
      })
      const inAllGroup = new Set(
        (inAll as unknown as Array<{ id: string; groups?: Array<{ id: string } | null> | null }>)
          .filter((c) => (c.groups ?? []).some((g) => g?.id === all.id))
          .map((c) => c.id)
      )
      // still a member of some institution (here or elsewhere)?
      const stillMembers = new Set(
        (await institutions.listInstitutionBuyers({ customer_id: everyone }, { take: null, select: ["customer_id"] })).map((m) => m.customer_id)
      )
      for (const id of everyone) {
        if (stillMembers.has(id) && !inAllGroup.has(id)) add.push({ customer_id: id, customer_group_id: all.id })
        if (!stillMembers.has(id) && inAllGroup.has(id)) remove.push({ customer_id: id, customer_group_id: all.id })
      }
    }
    if (add.length) await customers.addCustomerToGroup(add)
    if (remove.length) await customers.removeCustomerFromGroup(remove)
    return new StepResponse({ added: add.length, removed: remove.length }, { added: add, removed: remove } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const customers = container.resolve(Modules.CUSTOMER)
    if (undo.added.length) await customers.removeCustomerFromGroup(undo.added)
    if (undo.removed.length) await customers.addCustomerToGroup(undo.removed)
  }
)
