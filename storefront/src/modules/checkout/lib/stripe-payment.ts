import { PAYMENT_PROVIDER_IDS, type Locale, type PaymentProviderId } from "@fupin/shared"
import { localizedHref } from "@/lib/i18n/paths"

/**
 * Pure helpers of the Stripe branch of the checkout (no Stripe.js here: importing this
 * module never loads anything from Stripe).
 */

export type StripeProviderId = Exclude<PaymentProviderId, typeof PAYMENT_PROVIDER_IDS.system | typeof PAYMENT_PROVIDER_IDS.bankTransfer>

export const STRIPE_PROVIDER_IDS: readonly StripeProviderId[] = [
  PAYMENT_PROVIDER_IDS.stripeCard,
  PAYMENT_PROVIDER_IDS.alipay,
  PAYMENT_PROVIDER_IDS.wechatPay,
]

export function isStripeProvider(id: string | null | undefined): id is StripeProviderId {
  return (STRIPE_PROVIDER_IDS as readonly string[]).includes(id ?? "")
}

/**
 * Which payment UI a provider gets: the demo payment (system provider), Stripe's Payment
 * Element (a Stripe provider with a publishable key), or nothing usable (a Stripe provider
 * without the key, or an unknown provider).
 */
export type PaymentUi = "demo" | "stripe" | "unavailable"

export function paymentUiFor(providerId: string | null | undefined, stripeKeyPresent: boolean): PaymentUi {
  if (providerId === PAYMENT_PROVIDER_IDS.system) return "demo"
  if (isStripeProvider(providerId)) return stripeKeyPresent ? "stripe" : "unavailable"
  return "unavailable"
}

/**
 * The providers the payment step offers, in display order: the demo payment when the
 * backend enables it, then the Stripe providers the backend enables, but only with a key.
 */
export function selectableProviders(enabled: readonly string[], stripeKeyPresent: boolean): PaymentProviderId[] {
  const all: PaymentProviderId[] = [PAYMENT_PROVIDER_IDS.system, ...STRIPE_PROVIDER_IDS]
  return all.filter((id) => enabled.includes(id) && paymentUiFor(id, stripeKeyPresent) !== "unavailable")
}

/** The radio checked first: the cart's current provider when still selectable, else the demo payment, else the first one. */
export function initialProvider(current: string | null, selectable: readonly PaymentProviderId[]): PaymentProviderId {
  const found = selectable.find((id) => id === current)
  if (found) return found
  return selectable.includes(PAYMENT_PROVIDER_IDS.system) ? PAYMENT_PROVIDER_IDS.system : (selectable[0] ?? PAYMENT_PROVIDER_IDS.system)
}

/** Stripe's `locale` for Elements. */
export function stripeLocale(locale: Locale): "zh" | "en" {
  return locale === "zh" ? "zh" : "en"
}

/** Where Stripe sends the shopper back after Alipay (or a 3-D Secure) redirect: the review step. */
export function checkoutReturnUrl(origin: string, locale: Locale): string {
  return `${origin.replace(/\/+$/, "")}${localizedHref(locale, "/checkout")}?step=review`
}

/** The payment intent in a Stripe payment session's `data`. */
export interface StripeSessionIntent {
  id: string
  clientSecret: string
}

export function stripeIntentOf(data: Record<string, unknown> | null | undefined): StripeSessionIntent | null {
  const id = data?.id
  const clientSecret = data?.client_secret
  if (typeof id !== "string" || !id.startsWith("pi_")) return null
  if (typeof clientSecret !== "string" || !clientSecret.startsWith(`${id}_secret_`)) return null
  return { id, clientSecret }
}

/** The outcome Stripe reports when it sends the shopper back (`?payment_intent=…&redirect_status=…`). */
export interface StripeReturn {
  paymentIntentId: string
  /** paid (or authorised) / still processing / refused or cancelled */
  outcome: "succeeded" | "processing" | "failed"
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>

function param(params: Params, name: string): string | null {
  if (params instanceof URLSearchParams) return params.get(name)
  const value = params[name]
  return typeof value === "string" ? value : null
}

/** Reads Stripe's return parameters; null when the page was not opened by a Stripe redirect. */
export function parseStripeReturn(params: Params): StripeReturn | null {
  const paymentIntentId = param(params, "payment_intent")
  const status = param(params, "redirect_status")
  if (!paymentIntentId || !/^pi_[A-Za-z0-9_]+$/.test(paymentIntentId) || !status) return null
  const outcome = status === "succeeded" ? "succeeded" : status === "processing" ? "processing" : "failed"
  return { paymentIntentId, outcome }
}

/**
 * Whether a payment intent in this status still needs `confirmPayment`; when it does not
 * (paid, authorised, processing) the cart can be completed straight away.
 */
export function intentNeedsConfirmation(status: string | null | undefined): boolean {
  return status !== "succeeded" && status !== "requires_capture" && status !== "processing"
}
