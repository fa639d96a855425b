import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  allowedInstitutionActions,
  INSTITUTION_STATUS_LABELS,
  type InstitutionReviewAction,
  institutionTransition,
} from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"

/** The status an action leads to; 400 naming the action when the current status does not allow it. */
export const checkInstitutionTransitionStep = createStep(
  "check-institution-transition",
  async (input: { id: string; action: InstitutionReviewAction }, { container }) => {
    const institution = await container
      .resolve<InstitutionModuleService>(INSTITUTION_MODULE)
      .retrieveInstitution(input.id)
    const next = institutionTransition(institution.status, input.action)
    if (!next) {
      const allowed = allowedInstitutionActions(institution.status)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `action: cannot ${input.action} an institution that is ${institution.status} (${INSTITUTION_STATUS_LABELS[institution.status]}); allowed: ${allowed.join(", ") || "none"}`
      )
    }
    return new StepResponse(next)
  }
)
