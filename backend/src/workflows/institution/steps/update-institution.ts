import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { previousValues } from "../../../lib/compensation/previous-values"
import type { InstitutionInvoiceDetailsDTO, InstitutionKind, PaymentTerms, InstitutionStatus } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"

export type UpdateInstitutionStepInput = {
  id: string
  name?: string
  credit_code?: string
  kind?: InstitutionKind
  contact_name?: string
  contact_phone?: string
  address?: string
  payment_terms?: PaymentTerms
  payment_term_days?: number
  invoice_details?: (InstitutionInvoiceDetailsDTO & Record<string, unknown>) | null
  status?: InstitutionStatus
  reviewed_by?: string | null
  reviewed_at?: Date | null
  review_note?: string | null
  metadata?: Record<string, unknown> | null
}

/** Updates an institution; compensation puts back the fields it changed. */
export const updateInstitutionStep = createStep(
  "update-institution",
  async (input: UpdateInstitutionStepInput, { container }) => {
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const before = await service.retrieveInstitution(input.id)
    const updated = await service.updateInstitutions(input)
    return new StepResponse(updated, previousValues(before, input))
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<InstitutionModuleService>(INSTITUTION_MODULE).updateInstitutions(previous)
  }
)
