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
import { StoreRequestOrderClaims } from "../store/customers/me/order-claims/validators"
import { StoreCancelOrder } from "../store/orders/[id]/cancel/validators"
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

const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

/** Checkout, payment webhooks and order reads. Who may use a cart or an order is decided in ./access.ts. */
export const checkoutMiddlewares: MiddlewareRoute[] = [
  // No `method`: registered before Medusa's own route middlewares, whose validator adds req.allowed to its list.
  { matcher: "/store/carts", middlewares: [allowLineItemProductFields] },
  { matcher: "/store/orders", middlewares: [allowLineItemProductFields] },
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
]
