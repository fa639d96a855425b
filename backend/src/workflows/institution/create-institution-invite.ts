import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInstitutionInviteStep, type CreateInstitutionInviteInput } from "./steps/create-institution-invite"

export const CREATE_INSTITUTION_INVITE_WORKFLOW = "create-institution-invite"

/** An activation link (operator → the institution's first admin) or an invitation (admin → member). */
export const createInstitutionInviteWorkflow = createWorkflow(CREATE_INSTITUTION_INVITE_WORKFLOW, (input: CreateInstitutionInviteInput) => {
  return new WorkflowResponse(createInstitutionInviteStep(input))
})
