import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"

export type CreateIntentAgreementStepInput = {
  institution_id: string
  county_handle: string
  amount: number
  period_start: Date
  period_end: Date
  signed_at?: Date | null
  note?: string | null
  metadata?: Record<string, unknown> | null
}

export const createIntentAgreementStep = createStep(
  "create-intent-agreement",
  async (input: CreateIntentAgreementStepInput, { container }) => {
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const agreement = await service.createIntentAgreements({ ...input, status: "active" })
    return new StepResponse(agreement, agreement.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<InstitutionModuleService>(INSTITUTION_MODULE).deleteIntentAgreements(id)
  }
)
