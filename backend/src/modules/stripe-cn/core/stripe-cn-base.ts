import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, BigNumber, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import type Stripe from "stripe"
import type { StripeCnOptions } from "../types"
import { fromSmallestUnit, stripeClient, toSmallestUnit } from "./stripe-client"

type IntentOptions = {
  payment_method_types: string[]
  payment_method_options?: Stripe.PaymentIntentCreateParams.PaymentMethodOptions
}

const numeric = (value: unknown) => Number(new BigNumber(value as number).numeric)

/**
 * Stripe payment intents for one payment method type, in the shape of
 * @medusajs/payment-stripe's StripeBase (which pins its own SDK and cannot be
 * pointed elsewhere): subclasses name the method type (Alipay, WeChat Pay).
 * Both are redirect/QR wallets that capture on success, so a succeeded intent
 * is CAPTURED and the order completes either when the shopper returns
 * (cart complete → authorizePayment) or when the webhook arrives first.
 */
export default abstract class StripeCnBase extends AbstractPaymentProvider<StripeCnOptions> {
  protected readonly options_: StripeCnOptions
  protected readonly stripe_: Stripe

  static validateOptions(options: Record<string, unknown>) {
    if (!options.apiKey) throw new Error("stripe-cn: option `apiKey` (STRIPE_API_KEY) is missing")
  }

  constructor(cradle: Record<string, unknown>, options: StripeCnOptions) {
    super(cradle, options)
    this.options_ = options
    this.stripe_ = stripeClient(options)
  }

  /** The Stripe payment method type and its options, per subclass. */
  abstract get paymentIntentOptions(): IntentOptions

  async initiatePayment({ amount, currency_code, data, context }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const sessionId = (data as { session_id?: string } | undefined)?.session_id
    const returnUrl = (data as { return_url?: string } | undefined)?.return_url
    const intent = await this.call("initiatePayment", () =>
      this.stripe_.paymentIntents.create(
        {
          amount: toSmallestUnit(numeric(amount), currency_code),
          currency: currency_code.toLowerCase(),
          description: this.options_.paymentDescription,
          capture_method: "automatic",
          ...this.paymentIntentOptions,
          ...(returnUrl ? { return_url: returnUrl } : {}),
          metadata: { session_id: sessionId ?? "" },
        },
        context?.idempotency_key ? { idempotencyKey: context.idempotency_key } : undefined
      )
    )
    return { id: intent.id, ...this.statusOf(intent) }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const intent = await this.call("getPaymentStatus", () => this.stripe_.paymentIntents.retrieve(this.intentId(data)))
    return this.statusOf(intent)
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return this.getPaymentStatus(input)
  }

  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    // Wallet payments capture automatically: read the intent instead of capturing twice.
    const intent = await this.call("capturePayment", () => this.stripe_.paymentIntents.retrieve(this.intentId(data)))
    if (intent.status !== "succeeded") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Stripe payment ${intent.id} is ${intent.status}, not succeeded`)
    }
    return { data: intent as unknown as Record<string, unknown> }
  }

  async cancelPayment({ data, context }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const id = (data as { id?: string } | undefined)?.id
    if (!id) return { data }
    const intent = await this.call("cancelPayment", () => this.stripe_.paymentIntents.retrieve(id))
    if (intent.status === "canceled" || intent.status === "succeeded") return { data: intent as unknown as Record<string, unknown> }
    const canceled = await this.call("cancelPayment", () =>
      this.stripe_.paymentIntents.cancel(id, {}, context?.idempotency_key ? { idempotencyKey: context.idempotency_key } : undefined)
    )
    return { data: canceled as unknown as Record<string, unknown> }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return this.cancelPayment(input)
  }

  async refundPayment({ amount, data, context }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const id = this.intentId(data)
    const currency = String((data as { currency?: string }).currency ?? "cny")
    await this.call("refundPayment", () =>
      this.stripe_.refunds.create(
        { payment_intent: id, amount: toSmallestUnit(numeric(amount), currency) },
        context?.idempotency_key ? { idempotencyKey: context.idempotency_key } : undefined
      )
    )
    return { data }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    const intent = await this.call("retrievePayment", () => this.stripe_.paymentIntents.retrieve(this.intentId(data)))
    return { data: { ...intent, amount: fromSmallestUnit(intent.amount, intent.currency) } as unknown as Record<string, unknown> }
  }

  async updatePayment({ amount, currency_code, data, context }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const id = this.intentId(data)
    const next = toSmallestUnit(numeric(amount), currency_code)
    if ((data as { amount?: number }).amount === next) return this.statusOf(data as unknown as Stripe.PaymentIntent)
    const intent = await this.call("updatePayment", () =>
      this.stripe_.paymentIntents.update(id, { amount: next }, context?.idempotency_key ? { idempotencyKey: context.idempotency_key } : undefined)
    )
    return this.statusOf(intent)
  }

  /**
   * Signature-checked Stripe events → Medusa's payment actions. Medusa acts on
   * SUCCESSFUL and AUTHORIZED only and captures a payment once, so a replayed
   * success changes nothing and a failure arriving after success is ignored.
   */
  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const event = this.constructWebhookEvent(payload)
    if (!event.type.startsWith("payment_intent.")) return { action: PaymentActions.NOT_SUPPORTED }
    const intent = event.data.object as Stripe.PaymentIntent
    const sessionId = intent.metadata?.session_id
    // Intents not created by this Medusa (another integration on the same account) are not ours.
    if (!sessionId) return { action: PaymentActions.NOT_SUPPORTED }
    const data = (amount: number) => ({ session_id: sessionId, amount: fromSmallestUnit(amount, intent.currency) })
    switch (event.type) {
      case "payment_intent.succeeded":
        return { action: PaymentActions.SUCCESSFUL, data: data(intent.amount_received) }
      case "payment_intent.amount_capturable_updated":
        return { action: PaymentActions.AUTHORIZED, data: data(intent.amount_capturable) }
      case "payment_intent.payment_failed":
        return { action: PaymentActions.FAILED, data: data(intent.amount) }
      case "payment_intent.canceled":
        return { action: PaymentActions.CANCELED, data: data(intent.amount) }
      case "payment_intent.requires_action":
        return { action: PaymentActions.REQUIRES_MORE, data: data(intent.amount) }
      case "payment_intent.created":
      case "payment_intent.processing":
        return { action: PaymentActions.PENDING, data: data(intent.amount) }
      default:
        return { action: PaymentActions.NOT_SUPPORTED }
    }
  }

  /** Verifies the `stripe-signature` header over the raw body (300 s tolerance). */
  constructWebhookEvent(payload: ProviderWebhookPayload["payload"]): Stripe.Event {
    if (!this.options_.webhookSecret) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "stripe-cn: STRIPE_WEBHOOK_SECRET is not set; webhooks are refused")
    }
    const signature = payload.headers["stripe-signature"]
    return this.stripe_.webhooks.constructEvent(
      payload.rawData as string | Buffer,
      Array.isArray(signature) ? signature[0]! : String(signature ?? ""),
      this.options_.webhookSecret
    )
  }

  protected statusOf(intent: Stripe.PaymentIntent): GetPaymentStatusOutput & { data: Record<string, unknown> } {
    const data = intent as unknown as Record<string, unknown>
    switch (intent.status) {
      case "succeeded":
        return { status: PaymentSessionStatus.CAPTURED, data }
      case "requires_capture":
        return { status: PaymentSessionStatus.AUTHORIZED, data }
      case "requires_action":
        return { status: PaymentSessionStatus.REQUIRES_MORE, data }
      case "canceled":
        return { status: PaymentSessionStatus.CANCELED, data }
      case "requires_payment_method":
        return { status: intent.last_payment_error ? PaymentSessionStatus.ERROR : PaymentSessionStatus.PENDING, data }
      default:
        return { status: PaymentSessionStatus.PENDING, data }
    }
  }

  private intentId(data: Record<string, unknown> | undefined): string {
    const id = (data as { id?: string } | undefined)?.id
    if (!id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "stripe-cn: the payment has no Stripe payment intent id")
    return id
  }

  private async call<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (e) {
      const error = e as { message?: string; type?: string }
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Stripe ${operation} failed: ${error.type ?? ""} ${error.message ?? e}`.trim())
    }
  }
}
