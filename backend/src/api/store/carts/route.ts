import { refetchEntity, type AuthenticatedMedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import type { CreateCartWorkflowInputDTO, HttpTypes } from "@medusajs/framework/types"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { guestCustomerFor } from "../../../lib/access/guest-customer"
import { customerOf } from "../../../lib/access/rules"

/**
 * Creates a cart as Medusa's own route does, except for whom it is bound to:
 * the logged-in customer, or else the guest customer of the e-mail given.
 * Medusa's route would bind an anonymous cart to the registered customer with
 * that e-mail, so that anyone typing someone's e-mail read their profile and
 * put orders into their history (issue 13).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<HttpTypes.StoreCreateCart>,
  res: MedusaResponse<HttpTypes.StoreCartResponse>
) {
  const body = req.validatedBody
  const customerId = customerOf(req.auth_context ?? {}) ?? (body.email ? await guestCustomerFor(req.scope, body.email) : undefined)
  const { result } = await createCartWorkflow(req.scope).run({
    // Medusa's own route passes the validated body the same way (its nullable fields are accepted)
    input: { ...body, customer_id: customerId } as CreateCartWorkflowInputDTO,
  })

  const cart = await refetchEntity({ entity: "cart", idOrFilter: result.id, scope: req.scope, fields: req.queryConfig.fields })
  // query's generated cart type (.medusa/types) is the module's, not the store API's: the fields are the store's
  res.status(200).json({ cart: cart as unknown as HttpTypes.StoreCart })
}
