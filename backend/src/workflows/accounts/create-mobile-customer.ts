import { createCustomersWorkflow, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

export const CREATE_MOBILE_CUSTOMER_WORKFLOW = "create-mobile-customer"

export interface CreateMobileCustomerInput {
  /** the identity a first mobile-code login made (provider "mobile", entity_id the 11 digits) */
  auth_identity_id: string
  mobile: string
  first_name?: string | null
  last_name?: string | null
}

/**
 * The account of a shopper who registered with the mobile alone: Medusa's
 * createCustomerAccountWorkflow insists on an e-mail, so this runs the same
 * two parts, creating the customer (has_account, phone, no e-mail) and naming it
 * on the login's identity, each undone if the other fails.
 */
export const createMobileCustomerWorkflow = createWorkflow(CREATE_MOBILE_CUSTOMER_WORKFLOW, (input: CreateMobileCustomerInput) => {
  const customerData = transform({ input }, ({ input }) => ({
    email: null,
    phone: input.mobile,
    first_name: input.first_name ?? null,
    last_name: input.last_name ?? null,
    has_account: true,
  }))
  const customers = createCustomersWorkflow.runAsStep({ input: { customersData: [customerData] } })
  const customer = transform(customers, (list) => list[0]!)
  setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "customer", value: customer.id })
  return new WorkflowResponse(customer)
})
