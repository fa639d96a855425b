import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { InstitutionKind } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"

export type CreateInstitutionStepInput = {
  name: string
  credit_code: string
  kind: InstitutionKind
  contact_name: string
  contact_phone: string
  address: string
  metadata?: Record<string, unknown> | null
}

export const createInstitutionStep = createStep(
  "create-institution",
  async (input: CreateInstitutionStepInput, { container }) => {
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const institution = await service.createInstitutions({ ...input, status: "pending" })
    return new StepResponse(institution, institution.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<InstitutionModuleService>(INSTITUTION_MODULE).deleteInstitutions(id)
  }
)
