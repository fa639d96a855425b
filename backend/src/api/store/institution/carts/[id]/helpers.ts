import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { institutionOfCart } from "../../../../../lib/institution/membership"

/**
 * The institution cart named in the path. The access rule has already refused
 * another institution's cart; a shopper's own cart (no institution) or a
 * completed one is not an institution cart either: 404.
 */
export async function cartOf(req: AuthenticatedMedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "metadata", "completed_at", "customer_id", "items.id", "items.variant_id", "items.quantity"], filters: { id: req.params.id! } })
  const cart = data[0] as
    | { id: string; metadata: Record<string, unknown> | null; completed_at: unknown; customer_id: string | null; items?: Array<{ id: string; variant_id: string | null; quantity: unknown } | null> | null }
    | undefined
  const institutionId = cart ? institutionOfCart(cart.metadata) : null
  if (!cart || !institutionId || cart.completed_at) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${req.params.id} was not found`)
  }
  return { ...cart, institution_id: institutionId, items: (cart.items ?? []).filter((i): i is NonNullable<typeof i> => !!i) }
}
