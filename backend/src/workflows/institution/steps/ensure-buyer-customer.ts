import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type EnsureBuyerCustomerInput = {
  /** link an existing customer … */
  customer_id?: string
  /** … or find / create one by email */
  email?: string
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
}

/**
 * Finds the Medusa customer a buyer is, creating it when none has that email.
 * Compensation deletes only a customer this step created.
 */
export const ensureBuyerCustomerStep = createStep(
  "ensure-buyer-customer",
  async (input: EnsureBuyerCustomerInput, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    if (input.customer_id) {
      const [customer] = await customers.listCustomers({ id: input.customer_id })
      if (!customer) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `customer_id: no customer ${input.customer_id}`)
      }
      return new StepResponse(customer, null)
    }
    if (!input.email) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "email: give the buyer's email or a customer_id")
    }
    const email = input.email.trim().toLowerCase()
    const [existing] = await customers.listCustomers({ email })
    if (existing) return new StepResponse(existing, null)
    const created = await customers.createCustomers({
      email,
      first_name: input.first_name ?? null,
      last_name: input.last_name ?? null,
      phone: input.phone ?? null,
      metadata: { institution_buyer: true },
    })
    return new StepResponse(created, created.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve(Modules.CUSTOMER).deleteCustomers(createdId)
  }
)
