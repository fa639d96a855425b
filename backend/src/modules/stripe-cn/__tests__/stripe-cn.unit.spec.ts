import { PaymentActions } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { describe, expect, it } from "vitest"
import { fromSmallestUnit, toSmallestUnit } from "../core/stripe-client"
import StripeAlipayService from "../services/stripe-alipay"
import StripeWechatPayService from "../services/stripe-wechat-pay"

const secret = "whsec_unit"
const signer = new Stripe("sk_test_unit")
const alipay = new StripeAlipayService({}, { apiKey: "sk_test_unit", webhookSecret: secret })

function webhook(type: string, intent: Record<string, unknown>, opts: { secret?: string; timestamp?: number } = {}) {
  const rawData = JSON.stringify({ id: "evt_1", object: "event", type, data: { object: intent } })
  const header = signer.webhooks.generateTestHeaderString({ payload: rawData, secret: opts.secret ?? secret, ...(opts.timestamp ? { timestamp: opts.timestamp } : {}) })
  return { data: JSON.parse(rawData), rawData, headers: { "stripe-signature": header } }
}

const intent = { id: "pi_1", amount: 6800, amount_received: 6800, amount_capturable: 0, currency: "cny", metadata: { session_id: "payses_1" } }

describe("Stripe Alipay / WeChat Pay providers", () => {
  it("name themselves so Medusa registers pp_stripe-alipay_stripe-cn and pp_stripe-wechat-pay_stripe-cn", () => {
    expect(StripeAlipayService.identifier).toBe("stripe-alipay")
    expect(StripeWechatPayService.identifier).toBe("stripe-wechat-pay")
  })

  it("ask Stripe for the wallet's payment method, WeChat Pay with the web client", () => {
    expect(alipay.paymentIntentOptions).toEqual({ payment_method_types: ["alipay"] })
    const wechat = new StripeWechatPayService({}, { apiKey: "sk_test_unit" })
    expect(wechat.paymentIntentOptions).toEqual({ payment_method_types: ["wechat_pay"], payment_method_options: { wechat_pay: { client: "web" } } })
  })

  it("count yuan in fen", () => {
    expect(toSmallestUnit(68, "cny")).toBe(6800)
    expect(toSmallestUnit(12.8, "CNY")).toBe(1280)
    expect(fromSmallestUnit(1280, "cny")).toBe(12.8)
    expect(toSmallestUnit(500, "jpy")).toBe(500)
  })

  it("turn a signed success into SUCCESSFUL with the session and the amount in yuan", async () => {
    const result = await alipay.getWebhookActionAndData(webhook("payment_intent.succeeded", intent))
    expect(result).toEqual({ action: PaymentActions.SUCCESSFUL, data: { session_id: "payses_1", amount: 68 } })
  })

  it("report a failure as FAILED, which Medusa does not act on after a success", async () => {
    const result = await alipay.getWebhookActionAndData(webhook("payment_intent.payment_failed", intent))
    expect(result.action).toBe(PaymentActions.FAILED)
  })

  it("ignore intents without a Medusa session (another integration on the same account)", async () => {
    const result = await alipay.getWebhookActionAndData(webhook("payment_intent.succeeded", { ...intent, metadata: {} }))
    expect(result.action).toBe(PaymentActions.NOT_SUPPORTED)
  })

  it("refuse a wrong signature, a tampered body and a stale timestamp", async () => {
    await expect(alipay.getWebhookActionAndData(webhook("payment_intent.succeeded", intent, { secret: "whsec_other" }))).rejects.toThrow()
    const tampered = webhook("payment_intent.succeeded", intent)
    tampered.rawData = tampered.rawData.replace("6800", "1")
    await expect(alipay.getWebhookActionAndData(tampered)).rejects.toThrow()
    const stale = webhook("payment_intent.succeeded", intent, { timestamp: Math.floor(Date.now() / 1000) - 301 })
    await expect(alipay.getWebhookActionAndData(stale)).rejects.toThrow(/tolerance/i)
  })

  it("refuse every webhook when no webhook secret is configured", async () => {
    const unsigned = new StripeAlipayService({}, { apiKey: "sk_test_unit" })
    await expect(unsigned.getWebhookActionAndData(webhook("payment_intent.succeeded", intent))).rejects.toThrow(/STRIPE_WEBHOOK_SECRET/)
  })
})
