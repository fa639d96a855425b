import {
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import Stripe from "stripe"
import { readEnv } from "../../config/env"
import { authenticatedActor, rateLimit } from "./rate-limit"
import { defaultPickupStationId, pickupOptionIds } from "../../lib/checkout/station-pickup"
import { StoreRequestOrderClaims } from "../store/customers/me/order-claims/validators"
import { StoreClaimOrdersByMobile } from "../store/customers/me/order-claims/mobile/validators"
import { StoreCancelOrder } from "../store/orders/[id]/cancel/validators"
import { StoreCreateShopperReturn } from "../store/orders/[id]/returns/validators"
import { StoreGetOrderImpact } from "../store/orders/[id]/impact/validators"

/** Medusa's webhook routes of the Stripe-backed providers (card, Alipay, WeChat Pay). */
const STRIPE_PROVIDER = /^stripe(-[a-z-]+)?_stripe(-cn)?$/

let verifier: Stripe | undefined

/**
 * Refuses a Stripe webhook whose signature does not verify (tampered body,
 * wrong secret, timestamp outside Stripe's 300 s tolerance) with 400 before
 * Medusa queues it: Medusa's own route answers 200 to anything and verifies
 * later, out of sight of the sender.
 */
export function verifyStripeWebhook(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const provider = (req.params as { provider?: string }).provider ?? ""
  if (!STRIPE_PROVIDER.test(provider)) return next()
  const stripe = readEnv(process.env, { needsDatabase: false }).stripe
  if (!stripe) {
    res.status(404).json({ type: "not_found", message: `payment provider ${provider} is not enabled` })
    return
  }
  if (!stripe.webhookSecret) {
    res.status(400).json({ type: "invalid_data", message: "STRIPE_WEBHOOK_SECRET is not set: webhooks cannot be verified" })
    return
  }
  const signature = req.headers["stripe-signature"]
  const raw = (req as MedusaRequest & { rawBody?: Buffer | string }).rawBody
  try {
    verifier ??= new Stripe(stripe.apiKey, { telemetry: false })
    verifier.webhooks.constructEvent(raw ?? "", Array.isArray(signature) ? signature[0]! : signature ?? "", stripe.webhookSecret)
  } catch (e) {
    res.status(400).json({ type: "invalid_data", message: `stripe-signature: ${(e as Error).message}` })
    return
  }
  next()
}

/**
 * The line items of a cart or order name their product, but the store routes'
 * allowed-fields lists leave out the product's handle and metadata, and
 * Medusa drops a field it does not allow without a word: the English cart and
 * checkout then had no `metadata.title_en` and showed Chinese titles. Both are
 * public on /store/products already.
 */
export const LINE_ITEM_PRODUCT_FIELDS = ["items.product.handle", "items.product.metadata"]

export function allowLineItemProductFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed = [...(req.allowed ?? []), ...LINE_ITEM_PRODUCT_FIELDS]
  next()
}

function refuseCoreStoreReturns(_req: MedusaRequest, res: MedusaResponse) {
  res.status(404).json({
    type: "not_found",
    message: "申请售后请登录后使用 POST /store/orders/:id/returns / ask for a return with POST /store/orders/:id/returns, logged in",
  })
}

/** 我的订单's 售后 tab reads whether an order has a return; the store routes' allowed list leaves returns out. */
export const ORDER_RETURN_FIELDS = ["returns.id", "returns.status"]

function allowOrderReturnFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed = [...(req.allowed ?? []), ...ORDER_RETURN_FIELDS]
  next()
}

/**
 * 服务站自提 chosen without a station (a generic Medusa client) gets the
 * default station of the cart's address (lib/checkout/station-pickup.ts)
 * instead of a 400 it could not avoid; a station that is named is checked as
 * before, in the add-shipping-method hook.
 */
async function defaultPickupStation(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    // Medusa's own validator of this route runs before this middleware: the route reads validatedBody
    const body = (req.validatedBody ?? req.body) as { option_id?: unknown; data?: unknown } | undefined
    if (!body || typeof body.option_id !== "string") return next()
    const data = body.data && typeof body.data === "object" ? (body.data as Record<string, unknown>) : undefined
    if (data && "service_station_id" in data) return next()
    if (!(await pickupOptionIds(req.scope, [body.option_id])).has(body.option_id)) return next()
    const stationId = await defaultPickupStationId(req.scope, (req.params as { id: string }).id)
    if (stationId) {
      const withStation = { ...body, data: { ...data, service_station_id: stationId } }
      req.body = withStation
      if (req.validatedBody) req.validatedBody = withStation
    }
    next()
  } catch (e) {
    next(e)
  }
}

const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

/** Checkout, payment webhooks and order reads. Who may use a cart or an order is decided in ./access.ts. */
export const checkoutMiddlewares: MiddlewareRoute[] = [
  // No `method`: registered before Medusa's own route middlewares, whose validator adds req.allowed to its list.
  { matcher: "/store/carts", middlewares: [allowLineItemProductFields] },
  { matcher: "/store/orders", middlewares: [allowLineItemProductFields, allowOrderReturnFields] },
  { method: ["POST"], matcher: "/store/carts/:id/shipping-methods", middlewares: [defaultPickupStation] },
  {
    method: ["POST"],
    matcher: "/hooks/payment/:provider",
    bodyParser: { preserveRawBody: true },
    middlewares: [verifyStripeWebhook],
  },
  {
    method: ["GET"],
    matcher: "/store/orders/:id/impact",
    middlewares: [optionalCustomer, validateAndTransformQuery(StoreGetOrderImpact, {})],
  },
  {
    // a logged-in shopper's own order only (a guest claims its orders first)
    method: ["POST"],
    matcher: "/store/orders/:id/cancel",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreCancelOrder)],
  },
  // 售后: a logged-in shopper's own order only (workflows/retail/request-shopper-return.ts)
  { method: ["GET"], matcher: "/store/orders/:id/returns", middlewares: [authenticate("customer", ["session", "bearer"])] },
  {
    method: ["POST"],
    matcher: "/store/orders/:id/returns",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreCreateShopperReturn)],
  },
  // Medusa's own POST /store/returns trusts whoever holds an order id and lets the caller mark the
  // goods received (receive_now) and choose the stock location: returns go through the route above.
  { method: ["POST"], matcher: "/store/returns", middlewares: [refuseCoreStoreReturns] },
  {
    // claiming guest orders e-mails their addresses, as a password reset does: the same limits, per account
    method: ["POST"],
    matcher: "/store/customers/me/order-claims",
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      rateLimit({ group: "passwordReset", account: authenticatedActor }),
      validateAndTransformBody(StoreRequestOrderClaims),
    ],
  },
  {
    // nothing is sent anywhere, and only the caller's own verified mobile counts: no limit beyond the login's
    method: ["POST"],
    matcher: "/store/customers/me/order-claims/mobile",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreClaimOrdersByMobile)],
  },
]
