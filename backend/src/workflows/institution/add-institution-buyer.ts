import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MemberRole } from "@fupin/shared"
import { createInstitutionBuyerStep } from "./steps/create-institution-buyer"
import { syncInstitutionGroupsWorkflow } from "./sync-institution-groups"
import { type EnsureBuyerCustomerInput, ensureBuyerCustomerStep } from "./steps/ensure-buyer-customer"

export const ADD_INSTITUTION_BUYER_WORKFLOW = "add-institution-buyer"

export type AddInstitutionBuyerWorkflowInput = EnsureBuyerCustomerInput & {
  institution_id: string
  roles: MemberRole[]
}

/**
 * Gives an institution a buyer account: links an existing Medusa customer or
 * creates one by email. If the buyer cannot be added, a customer created here
 * is deleted again.
 */
export const addInstitutionBuyerWorkflow = createWorkflow(
  ADD_INSTITUTION_BUYER_WORKFLOW,
  (input: AddInstitutionBuyerWorkflowInput) => {
    const customer = ensureBuyerCustomerStep(input)
    const data = transform({ input, customer }, ({ input, customer }) => ({
      institution_id: input.institution_id,
      customer_id: customer.id,
      roles: input.roles,
    }))
    const buyer = createInstitutionBuyerStep(data)
    syncInstitutionGroupsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ institution_ids: [input.institution_id] })) })
    return new WorkflowResponse(buyer)
  }
)
