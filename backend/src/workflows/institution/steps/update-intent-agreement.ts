import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { previousValues } from "../../../lib/compensation/previous-values"
import type { IntentStatus } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"

export type UpdateIntentAgreementStepInput = {
  id: string
  county_handle?: string
  amount?: number
  period_start?: Date
  period_end?: Date
  signed_at?: Date | null
  status?: IntentStatus
  note?: string | null
  metadata?: Record<string, unknown> | null
}

/** Updates an agreement; compensation puts back the fields it changed. */
export const updateIntentAgreementStep = createStep(
  "update-intent-agreement",
  async (input: UpdateIntentAgreementStepInput, { container }) => {
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const before = await service.retrieveIntentAgreement(input.id)
    const updated = await service.updateIntentAgreements(input)
    return new StepResponse(updated, previousValues(before, input))
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<InstitutionModuleService>(INSTITUTION_MODULE).updateIntentAgreements(previous)
  }
)
