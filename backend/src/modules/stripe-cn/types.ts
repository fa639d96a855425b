export interface StripeCnOptions {
  /** Stripe secret key (sk_…) */
  apiKey: string
  /** signing secret of the webhook endpoint (whsec_…); without it every webhook is refused */
  webhookSecret?: string
  /** where the SDK sends API calls when not api.stripe.com: a local stand-in in tests */
  apiBase?: { host: string; port: number; protocol: "http" | "https" }
  /** description put on every payment intent */
  paymentDescription?: string
}

/** Identifiers of this module's providers; Medusa names them pp_<identifier>_stripe-cn. */
export const STRIPE_CN_PROVIDERS = {
  ALIPAY: "stripe-alipay",
  WECHAT_PAY: "stripe-wechat-pay",
} as const
