import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createOrganicCertificateStep,
  deleteOrganicCertificateStep,
  type OrganicCertificateFields,
  updateOrganicCertificateStep,
  validateOrganicCertificateStep,
} from "./steps/organic-certificate"

export const CREATE_ORGANIC_CERTIFICATE_WORKFLOW_ID = "create-organic-certificate"
export const UPDATE_ORGANIC_CERTIFICATE_WORKFLOW_ID = "update-organic-certificate"
export const DELETE_ORGANIC_CERTIFICATE_WORKFLOW_ID = "delete-organic-certificate"

/** Adds an organic certificate (有机产品认证) to a supplier. */
export const createOrganicCertificateWorkflow = createWorkflow(
  CREATE_ORGANIC_CERTIFICATE_WORKFLOW_ID,
  (input: OrganicCertificateFields & { supplier_id: string }) => {
    const check = transform({ input }, ({ input }) => ({ supplier_id: input.supplier_id, data: input }))
    validateOrganicCertificateStep(check)
    return new WorkflowResponse(createOrganicCertificateStep(input))
  }
)

export const updateOrganicCertificateWorkflow = createWorkflow(
  UPDATE_ORGANIC_CERTIFICATE_WORKFLOW_ID,
  (input: { supplier_id: string; id: string; data: Partial<OrganicCertificateFields> }) => {
    validateOrganicCertificateStep(input)
    const update = transform({ input }, ({ input }) => ({ id: input.id, data: input.data }))
    return new WorkflowResponse(updateOrganicCertificateStep(update))
  }
)

export const deleteOrganicCertificateWorkflow = createWorkflow(
  DELETE_ORGANIC_CERTIFICATE_WORKFLOW_ID,
  (input: { supplier_id: string; id: string }) => {
    const check = transform({ input }, ({ input }) => ({ ...input, data: {} }))
    validateOrganicCertificateStep(check)
    const id = transform({ input }, ({ input }) => input.id)
    return new WorkflowResponse(deleteOrganicCertificateStep(id))
  }
)
