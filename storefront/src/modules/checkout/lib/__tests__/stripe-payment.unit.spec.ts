import { PAYMENT_PROVIDER_IDS } from "@fupin/shared"
import { describe, expect, it } from "vitest"
import {
  checkoutReturnUrl,
  initialProvider,
  intentNeedsConfirmation,
  isStripeProvider,
  parseStripeReturn,
  paymentUiFor,
  selectableProviders,
  stripeIntentOf,
  stripeLocale,
} from "../stripe-payment"

const { system, stripeCard, alipay, wechatPay } = PAYMENT_PROVIDER_IDS
const ALL = [system, stripeCard, alipay, wechatPay]

describe("paymentUiFor", () => {
  it("gives the demo payment to the system provider, with or without a key", () => {
    expect(paymentUiFor(system, false)).toBe("demo")
    expect(paymentUiFor(system, true)).toBe("demo")
  })

  it("gives the Payment Element to Stripe providers only when the key is present", () => {
    for (const id of [stripeCard, alipay, wechatPay]) {
      expect(paymentUiFor(id, true)).toBe("stripe")
      expect(paymentUiFor(id, false)).toBe("unavailable")
    }
  })

  it("treats unknown or missing providers as unavailable", () => {
    expect(paymentUiFor("pp_paypal_paypal", true)).toBe("unavailable")
    expect(paymentUiFor(null, true)).toBe("unavailable")
    expect(paymentUiFor(undefined, false)).toBe("unavailable")
  })

  it("recognises Stripe providers", () => {
    expect(isStripeProvider(alipay)).toBe(true)
    expect(isStripeProvider(system)).toBe(false)
    expect(isStripeProvider(null)).toBe(false)
  })
})

describe("selectableProviders", () => {
  it("offers only the demo payment without a key", () => {
    expect(selectableProviders(ALL, false)).toEqual([system])
    expect(selectableProviders([system], false)).toEqual([system])
  })

  it("offers the enabled Stripe providers with a key, demo first", () => {
    expect(selectableProviders([wechatPay, system, stripeCard, alipay], true)).toEqual(ALL)
    expect(selectableProviders([system, alipay], true)).toEqual([system, alipay])
    expect(selectableProviders([system], true)).toEqual([system])
  })

  it("ignores providers the storefront does not know", () => {
    expect(selectableProviders(["pp_other_x", system], true)).toEqual([system])
  })
})

describe("initialProvider", () => {
  it("keeps the cart's provider when it is still selectable", () => {
    expect(initialProvider(alipay, [system, alipay])).toBe(alipay)
  })

  it("falls back to the demo payment, then to the first option", () => {
    expect(initialProvider(alipay, [system])).toBe(system)
    expect(initialProvider(null, [system, stripeCard])).toBe(system)
    expect(initialProvider(null, [stripeCard, alipay])).toBe(stripeCard)
    expect(initialProvider(null, [])).toBe(system)
  })
})

describe("stripe locale and return URL", () => {
  it("maps the storefront locale to Stripe's", () => {
    expect(stripeLocale("zh")).toBe("zh")
    expect(stripeLocale("en")).toBe("en")
  })

  it("returns to the review step of the shopper's locale", () => {
    expect(checkoutReturnUrl("https://shop.example.cn", "zh")).toBe("https://shop.example.cn/zh/checkout?step=review")
    expect(checkoutReturnUrl("http://localhost:8000/", "en")).toBe("http://localhost:8000/en/checkout?step=review")
  })
})

describe("stripeIntentOf", () => {
  it("reads the payment intent id and client secret from the session data", () => {
    expect(stripeIntentOf({ id: "pi_123", client_secret: "pi_123_secret_abc", amount: 3800 })).toEqual({
      id: "pi_123",
      clientSecret: "pi_123_secret_abc",
    })
  })

  it("rejects data that is not a payment intent of its own", () => {
    expect(stripeIntentOf(null)).toBeNull()
    expect(stripeIntentOf({})).toBeNull()
    expect(stripeIntentOf({ id: "pi_123" })).toBeNull()
    expect(stripeIntentOf({ id: "pi_123", client_secret: "pi_999_secret_abc" })).toBeNull()
    expect(stripeIntentOf({ id: "seti_1", client_secret: "seti_1_secret_a" })).toBeNull()
  })
})

describe("parseStripeReturn", () => {
  it("reads a successful return", () => {
    const params = new URLSearchParams("step=review&payment_intent=pi_3Abc&payment_intent_client_secret=pi_3Abc_secret_x&redirect_status=succeeded")
    expect(parseStripeReturn(params)).toEqual({ paymentIntentId: "pi_3Abc", outcome: "succeeded" })
  })

  it("reads processing and failed returns, from a search-params record too", () => {
    expect(parseStripeReturn({ payment_intent: "pi_1", redirect_status: "processing" })).toEqual({
      paymentIntentId: "pi_1",
      outcome: "processing",
    })
    expect(parseStripeReturn({ payment_intent: "pi_1", redirect_status: "failed" })?.outcome).toBe("failed")
    expect(parseStripeReturn({ payment_intent: "pi_1", redirect_status: "canceled" })?.outcome).toBe("failed")
  })

  it("is null when the page was not opened by Stripe", () => {
    expect(parseStripeReturn(new URLSearchParams("step=review"))).toBeNull()
    expect(parseStripeReturn({ payment_intent: "pi_1" })).toBeNull()
    expect(parseStripeReturn({ redirect_status: "succeeded" })).toBeNull()
    expect(parseStripeReturn({ payment_intent: ["pi_1", "pi_2"], redirect_status: "succeeded" })).toBeNull()
    expect(parseStripeReturn({ payment_intent: "<script>", redirect_status: "succeeded" })).toBeNull()
  })
})

describe("intentNeedsConfirmation", () => {
  it("skips confirmation for paid, authorised or processing intents", () => {
    expect(intentNeedsConfirmation("succeeded")).toBe(false)
    expect(intentNeedsConfirmation("requires_capture")).toBe(false)
    expect(intentNeedsConfirmation("processing")).toBe(false)
  })

  it("confirms everything else", () => {
    expect(intentNeedsConfirmation("requires_payment_method")).toBe(true)
    expect(intentNeedsConfirmation("requires_action")).toBe(true)
    expect(intentNeedsConfirmation(undefined)).toBe(true)
  })
})
