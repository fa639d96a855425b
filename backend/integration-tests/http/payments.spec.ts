import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { processPaymentWorkflowId } from "@medusajs/medusa/core-flows"
import Stripe from "stripe"
import { PAYMENT_PROVIDER_IDS, paymentWebhookPath, SHIPPING_OPTION_CODES } from "@fupin/shared"
import { call, eventually, KUNMING_ADDRESS, storeHeaders, variantId } from "../helpers/shopping"
import { StripeApiStandIn, type StandInIntent } from "../helpers/stripe-api-stand-in"
import { enableRegionPaymentProviders } from "../../src/scripts/demo/pickup"

type Headers = { headers: Record<string, string> }


// Stripe is configured for this file only, against a local stand-in of its API
// (no network). medusa-config.ts reads these when the test runner boots the app.
const WEBHOOK_SECRET = "whsec_standin_test_secret"
const stripeApi = new StripeApiStandIn()
const STRIPE_VARS = ["STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE"] as const
const saved = Object.fromEntries(STRIPE_VARS.map((k) => [k, process.env[k]]))

beforeAll(async () => {
  process.env.STRIPE_API_BASE = await stripeApi.start()
  process.env.STRIPE_API_KEY = "sk_test_standin"
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
})

afterAll(async () => {
  for (const k of STRIPE_VARS) {
    if (saved[k] === undefined) delete process.env[k]
    else process.env[k] = saved[k]
  }
  await stripeApi.stop()
})

/** Signs events the way Stripe does, offline, with the SDK. */
const signer = new Stripe("sk_test_standin")

function stripeEvent(type: string, intent: StandInIntent, id = `evt_${type.replace(/\W/g, "_")}_${intent.id}`) {
  return JSON.stringify({ id, object: "event", api_version: "2025-01-27", created: Math.floor(Date.now() / 1000), livemode: false, type, data: { object: intent } })
}

function signed(payload: string, { secret = WEBHOOK_SECRET, timestamp }: { secret?: string; timestamp?: number } = {}) {
  return signer.webhooks.generateTestHeaderString({ payload, secret, ...(timestamp ? { timestamp } : {}) })
}

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let beef = ""
    const processed: string[] = []
    const webhooksDelivered: string[] = []

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    async function postWebhook(providerId: string, payload: string, signature: string) {
      return call(
        api.post(paymentWebhookPath(providerId as typeof PAYMENT_PROVIDER_IDS.alipay), payload, {
          headers: { "content-type": "application/json", "stripe-signature": signature },
        })
      )
    }

    /** A cart at the payment step with a session of `providerId`; returns the cart, session and its Stripe intent. */
    async function cartAtPayment(providerId: string) {
      const regions = await api.get("/store/regions", store)
      const region = regions.data.regions.find((r: { currency_code: string }) => r.currency_code === "cny")
      const cart = (await api.post("/store/carts", { region_id: region.id, email: "wallet@example.com" }, store)).data.cart
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: beef, quantity: 1 }, store)
      await api.post(`/store/carts/${cart.id}`, { shipping_address: KUNMING_ADDRESS, billing_address: KUNMING_ADDRESS }, store)
      const options = await api.get(`/store/shipping-options?cart_id=${cart.id}`, store)
      const home = options.data.shipping_options.find((o: { type?: { code?: string } }) => o.type?.code === SHIPPING_OPTION_CODES.homeDelivery)
      await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: home.id }, store)
      const collection = (await api.post("/store/payment-collections", { cart_id: cart.id }, store)).data.payment_collection
      const res = await api.post(`/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: providerId }, store)
      const session = res.data.payment_collection.payment_sessions.find((s: { provider_id: string }) => s.provider_id === providerId)
      const intent = stripeApi.intentOfSession(session.id)
      if (!intent) throw new Error(`no Stripe intent for session ${session.id}`)
      return { cartId: cart.id as string, session: session as { id: string; data: Record<string, unknown> }, intent }
    }

    async function paymentOf(sessionId: string) {
      const { data } = await query().graph({
        entity: "payment",
        fields: ["id", "captured_at", "captures.id", "captures.amount", "canceled_at"],
        filters: { payment_session_id: sessionId },
      })
      return data[0] as { id: string; captured_at: string | null; captures: Array<{ id: string; amount: number }>; canceled_at: string | null } | undefined
    }

    async function orderOfCart(cartId: string) {
      const { data } = await query().graph({ entity: "cart", fields: ["id", "completed_at", "order.id", "order.status"], filters: { id: cartId } })
      return (data[0] as { order?: { id: string; status: string } | null } | undefined)?.order ?? null
    }

    beforeAll(async () => {
      const container = getContainer()
      // The demo template was seeded without Stripe; this app has it, so its region offers
      // what the seed offers on a deployment with Stripe keys: card, Alipay, WeChat Pay.
      const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "cny" })
      await enableRegionPaymentProviders(container, region!.id)
      store = await storeHeaders(container)
      beef = await variantId(api, store, "xundian-dried-beef", "250g")
      // Observers: which webhooks Medusa queued, and when its payment workflow has finished.
      container.resolve(Modules.EVENT_BUS).subscribe(
        "payment.webhook_received",
        async (event) => {
          webhooksDelivered.push((event.data as { payload: { data: { id: string } } }).payload.data.id)
        },
        { subscriberId: "payments-spec-observer" }
      )
      await container.resolve(Modules.WORKFLOW_ENGINE).subscribe({
        workflowId: processPaymentWorkflowId,
        subscriber: (e: { eventType: string; transactionId: string }) => {
          if (e.eventType === "onFinish") processed.push(e.transactionId)
        },
      })
    })

    describe("providers", () => {
      it("offers demo payment, Stripe card, Alipay and WeChat Pay in region 中国 when STRIPE_API_KEY is set", async () => {
        const regions = await api.get("/store/regions", store)
        const region = regions.data.regions.find((r: { currency_code: string }) => r.currency_code === "cny")
        const res = await api.get(`/store/payment-providers?region_id=${region.id}`, store)
        expect(res.data.payment_providers.map((p: { id: string }) => p.id).sort()).toEqual(
          [PAYMENT_PROVIDER_IDS.system, PAYMENT_PROVIDER_IDS.stripeCard, PAYMENT_PROVIDER_IDS.alipay, PAYMENT_PROVIDER_IDS.wechatPay].sort()
        )
      })

      it("creates an Alipay payment intent in fen, CNY, tied to the Medusa session, and hands the client secret to the storefront", async () => {
        const { session, intent } = await cartAtPayment(PAYMENT_PROVIDER_IDS.alipay)
        expect(intent).toMatchObject({ amount: 7800, currency: "cny", payment_method_types: ["alipay"], capture_method: "automatic" })
        expect(intent.metadata.session_id).toBe(session.id)
        expect(session.data).toMatchObject({ id: intent.id, client_secret: intent.client_secret })
      })

      it("creates a WeChat Pay intent for the web client (QR code)", async () => {
        const { intent } = await cartAtPayment(PAYMENT_PROVIDER_IDS.wechatPay)
        expect(intent.payment_method_types).toEqual(["wechat_pay"])
        expect(intent.payment_method_options).toEqual({ wechat_pay: { client: "web" } })
      })

      it("completes the order when the shopper returns from Alipay having paid", async () => {
        const { cartId, session, intent } = await cartAtPayment(PAYMENT_PROVIDER_IDS.alipay)
        const unpaid = await call(api.post(`/store/carts/${cartId}/complete`, {}, store))
        // Not paid yet: Medusa refuses to complete (payment not authorized) and the cart stays a cart.
        expect(unpaid.data.type).not.toBe("order")
        expect(await orderOfCart(cartId)).toBeNull()

        stripeApi.succeed(intent.id)
        const done = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        expect(done.data.type).toBe("order")
        const payment = await eventually(() => paymentOf(session.id), (p) => !!p?.captured_at)
        expect(payment!.captures).toHaveLength(1)
        expect(Number(payment!.captures[0]!.amount)).toBe(78)
      })
    })

    describe("webhooks", () => {
      it("refuses a tampered body, a wrong secret and a stale timestamp with 400 before anything is queued", async () => {
        const { cartId, intent } = await cartAtPayment(PAYMENT_PROVIDER_IDS.alipay)
        stripeApi.succeed(intent.id)
        const genuine = stripeEvent("payment_intent.succeeded", intent, "evt_refused")

        const tampered = genuine.replace(`"amount":${intent.amount}`, `"amount":1`)
        expect(tampered).not.toBe(genuine)
        const responses = [
          await postWebhook(PAYMENT_PROVIDER_IDS.alipay, tampered, signed(genuine)),
          await postWebhook(PAYMENT_PROVIDER_IDS.alipay, genuine, signed(genuine, { secret: "whsec_someone_else" })),
          await postWebhook(PAYMENT_PROVIDER_IDS.alipay, genuine, signed(genuine, { timestamp: Math.floor(Date.now() / 1000) - 301 })),
          await postWebhook(PAYMENT_PROVIDER_IDS.alipay, genuine, "t=1,v1=deadbeef"),
        ]
        for (const res of responses) {
          expect(res.status).toBe(400)
          expect(res.data.message).toContain("stripe-signature")
        }

        // A genuine event sent afterwards is queued; the refused ones never were.
        const marker = stripeEvent("payment_intent.processing", intent, "evt_marker")
        expect((await postWebhook(PAYMENT_PROVIDER_IDS.alipay, marker, signed(marker))).status).toBe(200)
        await eventually(async () => webhooksDelivered, (ids) => ids.includes("evt_marker"))
        expect(webhooksDelivered).not.toContain("evt_refused")
        expect(await orderOfCart(cartId)).toBeNull()
      })

      it("places the order on a signed payment_intent.succeeded, once however often it is replayed, and a late failure does not undo it", async () => {
        const { cartId, session, intent } = await cartAtPayment(PAYMENT_PROVIDER_IDS.wechatPay)
        stripeApi.succeed(intent.id)
        const succeeded = stripeEvent("payment_intent.succeeded", intent)

        const before = processed.length
        expect((await postWebhook(PAYMENT_PROVIDER_IDS.wechatPay, succeeded, signed(succeeded))).status).toBe(200)
        const order = await eventually(() => orderOfCart(cartId), (o) => !!o)
        const payment = await eventually(() => paymentOf(session.id), (p) => !!p?.captured_at)
        expect(payment!.captures).toHaveLength(1)
        await eventually(async () => processed.length, (n) => n >= before + 1)

        // Stripe retries: the same event again (re-signed, as a retry is), twice.
        for (let i = 0; i < 2; i++) {
          expect((await postWebhook(PAYMENT_PROVIDER_IDS.wechatPay, succeeded, signed(succeeded))).status).toBe(200)
        }
        // Out of order: a failure reported after the success.
        const failed = stripeEvent("payment_intent.payment_failed", { ...intent, status: "requires_payment_method", last_payment_error: { message: "declined" } })
        expect((await postWebhook(PAYMENT_PROVIDER_IDS.wechatPay, failed, signed(failed))).status).toBe(200)
        // …and one more success, whose processing ends after the failure's.
        expect((await postWebhook(PAYMENT_PROVIDER_IDS.wechatPay, succeeded, signed(succeeded))).status).toBe(200)
        await eventually(async () => processed.length, (n) => n >= before + 4, 60_000)

        const after = await paymentOf(session.id)
        expect(after!.captures).toHaveLength(1)
        expect(after!.captured_at).toBeTruthy()
        expect(after!.canceled_at).toBeNull()
        const again = await orderOfCart(cartId)
        expect(again!.id).toBe(order!.id)
        expect(again!.status).not.toBe("canceled")
        const { data: orders } = await query().graph({ entity: "order", fields: ["id"], filters: { email: "wallet@example.com" } })
        expect(orders.filter((o) => o.id === order!.id)).toHaveLength(1)
      }, 120_000)

    })
  },
})
