import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type EnsureInviteeAccountInput = {
  email: string
  /** the logged-in customer accepting with their existing account … */
  customer_id?: string | null
  /** … or a new login: the password the invitee chose */
  password?: string | null
  first_name?: string | null
  last_name?: string | null
}

type Undo = { customer_id: string; auth_identity_id: string } | null

/**
 * The customer who accepts: the logged-in one (their account is never taken
 * over by someone holding the link: the route only passes customer_id for a
 * caller logged in with the invited e-mail), or a new customer with an
 * e-mail + password login. The compensation removes a login created here.
 */
export const ensureInviteeAccountStep = createStep(
  "ensure-invitee-account",
  async (input: EnsureInviteeAccountInput, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    if (input.customer_id) {
      const customer = await customers.retrieveCustomer(input.customer_id)
      return new StepResponse({ customer_id: customer.id, created: false }, null as Undo)
    }
    if (!input.password) throw new MedusaError(MedusaError.Types.INVALID_DATA, "password: 请设置密码 / choose a password")
    const auth = container.resolve(Modules.AUTH)
    const registered = await auth.register("emailpass", { body: { email: input.email, password: input.password } })
    if (!registered.success || !registered.authIdentity) {
      // someone registered this e-mail in between: they must log in to accept
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "token: 该邮箱已有账户：请先用它登录，再接受邀请 / This e-mail already has an account: log in with it, then accept", "login_required")
    }
    const identityId = registered.authIdentity.id
    let customerId: string | undefined
    try {
      const customer = await customers.createCustomers({
        email: input.email,
        first_name: input.first_name ?? null,
        last_name: input.last_name ?? null,
        has_account: true,
      })
      customerId = customer.id
      await auth.updateAuthIdentities({ id: identityId, app_metadata: { customer_id: customer.id } })
    } catch (error) {
      if (customerId) await customers.deleteCustomers(customerId)
      await auth.deleteAuthIdentities([identityId])
      throw error
    }
    return new StepResponse({ customer_id: customerId, created: true }, { customer_id: customerId, auth_identity_id: identityId } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve(Modules.CUSTOMER).deleteCustomers(undo.customer_id)
    await container.resolve(Modules.AUTH).deleteAuthIdentities([undo.auth_identity_id])
  }
)
