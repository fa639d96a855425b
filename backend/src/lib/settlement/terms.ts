import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEFAULT_PAYMENT_TERM_DAYS, type OrderPaymentTermsDTO, orderPaymentTerms, type PaymentTerms } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"

/**
 * Payment terms (付款条件) applied to orders: an institution pays before its
 * goods are shipped (先款后货) or within its 账期 after the last shipment of an
 * order was accepted (验收). Where an order stands — its due date, overdue or
 * waiting for prepayment — is worked out by `orderPaymentTerms` in
 * @fupin/shared from what is read here.
 */

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }> }

/**
 * When each order's last shipment was accepted, or null while a line is still
 * to ship or a shipment still to be accepted (or nothing shipped at all).
 */
const LAST_ACCEPTANCE = `
  with items as (
    select oi.order_id, sum(oi.quantity) as quantity, sum(oi.fulfilled_quantity) as fulfilled
    from order_item oi join "order" o on o.id = oi.order_id and oi.version = o.version
    where oi.order_id = any(?::text[]) and oi.deleted_at is null
    group by oi.order_id
  ), ships as (
    select ofl.order_id, count(*) as shipments, count(r.id) as received, max(r.confirmed_at) as last_at
    from order_fulfillment ofl
    join fulfillment f on f.id = ofl.fulfillment_id and f.canceled_at is null and f.deleted_at is null
    left join shipment_receipt r on r.fulfillment_id = f.id and r.deleted_at is null
    where ofl.order_id = any(?::text[]) and ofl.deleted_at is null
    group by ofl.order_id
  )
  select items.order_id,
         case when items.fulfilled >= items.quantity and ships.shipments > 0 and ships.received = ships.shipments then ships.last_at end as accepted_at
  from items left join ships on ships.order_id = items.order_id`

export async function lastAcceptanceByOrder(container: MedusaContainer, orderIds: string[]): Promise<Map<string, Date | null>> {
  if (!orderIds.length) return new Map()
  const { rows } = await container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION).raw(LAST_ACCEPTANCE, [orderIds, orderIds])
  return new Map(rows.map((r) => [String(r.order_id), r.accepted_at ? new Date(r.accepted_at as string) : null]))
}

export type InstitutionTerms = { terms: PaymentTerms; days: number }

export async function institutionTerms(container: MedusaContainer, institutionIds: string[]): Promise<Map<string, InstitutionTerms>> {
  const ids = [...new Set(institutionIds)]
  if (!ids.length) return new Map()
  const found = await container
    .resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    .listInstitutions({ id: ids }, { take: null, select: ["id", "payment_terms", "payment_term_days"] })
  return new Map(found.map((i) => [i.id, { terms: i.payment_terms as PaymentTerms, days: i.payment_term_days ?? DEFAULT_PAYMENT_TERM_DAYS }]))
}

/** An order to weigh against terms; `institution_id` null for a shopper's order, which has none to look up. */
export type TermsOrder = { id: string; institution_id: string | null; placed_at: Date | string; canceled: boolean; outstanding_fen: number }

/** Each order against its institution's terms, now (a shopper's order: the default 账期, never due). */
export async function ordersAgainstTerms(container: MedusaContainer, orders: TermsOrder[], now = new Date()): Promise<Map<string, OrderPaymentTermsDTO>> {
  const institutional = orders.filter((o) => o.institution_id)
  const [accepted, terms] = await Promise.all([
    lastAcceptanceByOrder(container, institutional.map((o) => o.id)),
    institutionTerms(container, institutional.map((o) => o.institution_id!)),
  ])
  return new Map(
    orders.map((o) => {
      const t = (o.institution_id && terms.get(o.institution_id)) || { terms: "net" as const, days: DEFAULT_PAYMENT_TERM_DAYS }
      return [
        o.id,
        orderPaymentTerms({ terms: t.terms, days: t.days, placedAt: o.placed_at, acceptedAt: accepted.get(o.id) ?? null, outstandingFen: o.outstanding_fen, canceled: o.canceled, now }),
      ]
    })
  )
}
