import { randomBytes } from "node:crypto"
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
import { AbstractPaymentProvider, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { paymentReference, type ReceivingAccount } from "@fupin/shared"

export type BankTransferOptions = { account: ReceivingAccount }

/** What the provider keeps in the payment session's (and then the payment's) data. */
export type BankTransferData = { reference: string; account: ReceivingAccount; captured_at?: string }

/**
 * 对公转账 (bank transfer) as a Medusa payment provider: pp_bank-transfer_bank-transfer.
 *
 * Nothing is charged online. Starting a session gives it a unique payment
 * reference (FP + date + 6 unambiguous characters) and the receiving account
 * the institution transfers to; authorizing accepts the order with the payment
 * pending (authorized, not captured); the operator's recorded transfer
 * captures it (src/workflows/settlement). Who may use it (institution members
 * only) is decided in src/api/middlewares/bank-transfer.ts.
 */
export default class BankTransferProviderService extends AbstractPaymentProvider<BankTransferOptions> {
  static identifier = "bank-transfer"

  static validateOptions(options: Record<string, unknown>) {
    const account = options.account as Partial<ReceivingAccount> | undefined
    if (!account?.name || !account.bank || !account.account) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "bank-transfer: options.account needs name, bank and account (BANK_TRANSFER_* variables)")
    }
  }

  protected readonly account: ReceivingAccount

  constructor(container: Record<string, unknown>, options: BankTransferOptions) {
    super(container, options)
    this.account = options.account
  }

  async initiatePayment(_input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const reference = paymentReference(new Date(), (n) => randomBytes(n))
    const data: BankTransferData = { reference, account: this.account }
    return { id: reference, data, status: PaymentSessionStatus.PENDING }
  }

  /** The order is accepted with the money still to come: authorized, captured only when the transfer is recorded. */
  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { data: input.data ?? {}, status: PaymentSessionStatus.AUTHORIZED }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...(input.data ?? {}), captured_at: new Date().toISOString() } }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = (input.data ?? {}) as Partial<BankTransferData>
    return { status: data.captured_at ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.AUTHORIZED, data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return input.data ?? {}
  }

  /** The reference stays with the session when its amount changes. */
  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: input.data ?? {} }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data ?? {} }
  }

  /** Money going back to an institution is a transfer the finance office makes; the record is kept here. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: input.data ?? {} }
  }

  /** Banks send no webhooks here: transfers are recorded by the operator. */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
