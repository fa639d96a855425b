import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Gives institution groups their new names; compensation puts the old ones back. */
export const renameInstitutionGroupsStep = createStep(
  "rename-institution-groups",
  async (renames: Array<{ id: string; name: string }>, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const before = await customers.listCustomerGroups({ id: renames.map((r) => r.id) }, { select: ["id", "name"], take: null })
    for (const r of renames) await customers.updateCustomerGroups(r.id, { name: r.name })
    return new StepResponse(undefined, before.map((g) => ({ id: g.id, name: g.name as string })))
  },
  async (before, { container }) => {
    if (!before?.length) return
    const customers = container.resolve(Modules.CUSTOMER)
    for (const g of before) await customers.updateCustomerGroups(g.id, { name: g.name })
  }
)
