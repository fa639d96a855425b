import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * Medusa's POST /hooks/payment/:provider queues any body for any provider name and
 * answers 200, so unsigned junk for made-up providers looked accepted. Only a payment
 * provider this backend has registered (and enabled) gets its webhooks queued; the
 * provider itself then checks the signature.
 */
export async function refuseUnknownPaymentProvider(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const provider = req.params.provider ?? ""
  const [registered] = /^[\w-]{1,100}$/.test(provider)
    ? await req.scope.resolve(Modules.PAYMENT).listPaymentProviders({ id: `pp_${provider}`, is_enabled: true }, { take: 1 })
    : []
  if (!registered) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No payment provider "${provider}" takes webhooks here`)
  next()
}

/**
 * The webhook guard. (Security headers are not set here: Medusa serves the admin and
 * answers 401s before these middlewares run, so instrumentation.ts sets them on the app.)
 */
export const securityMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/hooks/payment/:provider", middlewares: [refuseUnknownPaymentProvider] },
]
