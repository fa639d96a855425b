import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"

export type UpdateInstitutionInviteInput = {
  id: string
  accepted_at?: Date | null
  accepted_by?: string | null
  revoked_at?: Date | null
}

/** Closes a link (accepted or revoked); the compensation writes back what it was. */
export const updateInstitutionInviteStep = createStep(
  "update-institution-invite",
  async (input: UpdateInstitutionInviteInput, { container }) => {
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const before = await service.retrieveInstitutionInvite(input.id)
    const updated = await service.updateInstitutionInvites(input)
    return new StepResponse(updated, {
      id: before.id,
      accepted_at: before.accepted_at ?? null,
      accepted_by: before.accepted_by ?? null,
      revoked_at: before.revoked_at ?? null,
    })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<InstitutionModuleService>(INSTITUTION_MODULE).updateInstitutionInvites(before)
  }
)
