import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  BANK_TRANSFER_PROVIDER_ID,
  fromFen,
  type InstitutionOrderPaymentDTO,
  ORDER_PAYMENT_STATUS_LABELS,
  orderPaymentStatus,
  type ReceivingAccount,
  orderDueFen,
} from "@fupin/shared"
import { RECEIVING_MODULE } from "../../modules/receiving"
import type ReceivingModuleService from "../../modules/receiving/service"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"
import { fenOf } from "../../modules/settlement/service"
import { institutionOfCart } from "../institution/membership"
import { ordersAgainstTerms } from "./terms"

/** What settling an order by transfer needs to know about it. */
export type SettlementOrder = {
  id: string
  display_id: number | null
  status: string
  currency_code: string
  total_fen: number
  placed_at: string
  /** the institution whose cart it was (null for a shopper's order) */
  institution_id: string | null
  /** the bank-transfer payment, or null for an order paid otherwise */
  payment: {
    id: string
    amount_fen: number
    /** Medusa marks a payment captured only when captured in full; a receipt's deduction makes it capture less */
    captured: boolean
    /** what its captures add up to */
    captured_fen: number
    canceled: boolean
    reference: string | null
    account: ReceivingAccount | null
  } | null
}

type PaymentRow = {
  id: string
  provider_id: string
  amount: unknown
  captured_at?: string | Date | null
  canceled_at?: string | Date | null
  data?: Record<string, unknown> | null
  captures?: Array<{ amount?: unknown } | null> | null
}
type OrderRow = {
  id: string
  display_id?: number | null
  status: string
  currency_code: string
  total: unknown
  created_at: string | Date
  metadata?: Record<string, unknown> | null
  payment_collections?: Array<{ payments?: PaymentRow[] | null } | null> | null
}

/** Orders by id with their bank-transfer payment (orders not found are left out). */
export async function settlementOrders(container: MedusaContainer, ids: string[]): Promise<Map<string, SettlementOrder>> {
  const out = new Map<string, SettlementOrder>()
  if (!ids.length) return out
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "status",
      "currency_code",
      "total",
      "created_at",
      "metadata",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.amount",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.data",
      "payment_collections.payments.captures.amount",
    ],
    filters: { id: ids },
  })
  for (const o of data as unknown as OrderRow[]) {
    const payments = (o.payment_collections ?? []).flatMap((pc) => pc?.payments ?? []).filter(Boolean)
    const p = payments.find((x) => x.provider_id === BANK_TRANSFER_PROVIDER_ID && !x.canceled_at) ?? payments.find((x) => x.provider_id === BANK_TRANSFER_PROVIDER_ID)
    const data = (p?.data ?? {}) as { reference?: unknown; account?: unknown }
    out.set(o.id, {
      id: o.id,
      display_id: o.display_id ?? null,
      status: o.status,
      currency_code: o.currency_code,
      total_fen: fenOf(o.total),
      placed_at: iso(o.created_at),
      institution_id: institutionOfCart(o.metadata),
      payment: p
        ? {
            id: p.id,
            amount_fen: fenOf(p.amount),
            captured: !!p.captured_at,
            captured_fen: (p.captures ?? []).reduce((sum, c) => sum + fenOf(c?.amount ?? 0), 0),
            canceled: !!p.canceled_at,
            reference: typeof data.reference === "string" ? data.reference : null,
            account: isAccount(data.account) ? data.account : null,
          }
        : null,
    })
  }
  return out
}

const isAccount = (v: unknown): v is ReceivingAccount =>
  !!v && typeof v === "object" && ["name", "bank", "account"].every((k) => typeof (v as Record<string, unknown>)[k] === "string")

const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : String(d))

/** An order's payment by transfer as the institution portal (and its documents) show it. */
export async function orderPayment(container: MedusaContainer, orderId: string): Promise<InstitutionOrderPaymentDTO | null> {
  const order = (await settlementOrders(container, [orderId])).get(orderId)
  if (!order) return null
  const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const allocations = await settlement.listBankTransferAllocations({ order_id: orderId }, { relations: ["transfer"], take: null })
  const paid = allocations.reduce((sum, a) => sum + fenOf(a.amount), 0)
  const deducted = (await container.resolve<ReceivingModuleService>(RECEIVING_MODULE).deductionFenByOrder([orderId])).get(orderId) ?? 0
  const due = orderDueFen(order.total_fen, deducted)
  const status = orderPaymentStatus(due, paid)
  const terms = (
    await ordersAgainstTerms(container, [
      { id: order.id, institution_id: order.institution_id, placed_at: order.placed_at, canceled: order.status === "canceled", outstanding_fen: Math.max(0, due - paid) },
    ])
  ).get(order.id)!
  return {
    order_id: order.id,
    display_id: order.display_id,
    provider_id: order.payment ? BANK_TRANSFER_PROVIDER_ID : null,
    reference: order.payment?.reference ?? null,
    account: order.payment?.account ?? null,
    currency_code: order.currency_code,
    total: fromFen(order.total_fen),
    deduction: fromFen(deducted),
    due: fromFen(due),
    paid: fromFen(paid),
    outstanding: fromFen(Math.max(0, due - paid)),
    overpaid: fromFen(Math.max(0, paid - due)),
    status,
    status_label: ORDER_PAYMENT_STATUS_LABELS[status],
    // captured in full, or for all that is owed after deductions
    captured: !!order.payment && (order.payment.captured || (due > 0 && order.payment.captured_fen >= due)),
    transfers: allocations
      .map((a) => ({
        bank_reference: a.transfer.bank_reference,
        received_at: iso(a.transfer.received_at),
        payer_name: a.transfer.payer_name,
        amount: fromFen(fenOf(a.amount)),
      }))
      .sort((a, b) => a.received_at.localeCompare(b.received_at)),
    terms,
  }
}
