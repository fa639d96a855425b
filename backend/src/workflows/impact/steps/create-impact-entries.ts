import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { IMPACT_MODULE } from "../../../modules/impact"
import type ImpactModuleService from "../../../modules/impact/service"
import type { NewImpactEntry } from "./build-sale-entries"

export const createImpactEntriesStepId = "create-impact-entries"

export const createImpactEntriesStep = createStep(
  createImpactEntriesStepId,
  async (entries: NewImpactEntry[], { container }) => {
    if (!entries.length) return new StepResponse([], [] as string[])
    const impact = container.resolve<ImpactModuleService>(IMPACT_MODULE)
    const created = await impact.createImpactEntries(entries)
    return new StepResponse(created, created.map((e) => e.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<ImpactModuleService>(IMPACT_MODULE).deleteImpactEntries(ids)
  }
)
