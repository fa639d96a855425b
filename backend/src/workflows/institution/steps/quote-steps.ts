import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTITUTION_CART_METADATA_KEY, QUOTE_MESSAGES, type QuoteStatus, quoteStatusAt, quoteTotal } from "@fupin/shared"
import { assertWithinBudget } from "../../../lib/institution/budget"
import { homeDeliveryFor } from "../../../lib/institution/delivery"
import { quoteLinesOf, type QuoteRow, type StoredQuoteLine } from "../../../lib/institution/quotes"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"

const serviceOf = (container: { resolve: <T>(key: string) => T }) => container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)

export type QuoteChange = Partial<{
  status: QuoteStatus
  lines: StoredQuoteLine[]
  answer_note: string | null
  answered_by: string | null
  answered_at: string | null
  valid_until: string | null
  shipping_total: number | null
  decided_by: string | null
  decided_at: string | null
  decline_note: string | null
  order_id: string | null
}>

/** The quote as it is now (read inside the workflow, after its lock). */
export const loadQuoteStep = createStep("load-institution-quote", async (input: { quote_id: string }, { container }) => {
  const [row] = await serviceOf(container).listInstitutionQuotes({ id: input.quote_id })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Quote with id: ${input.quote_id} was not found`)
  return new StepResponse(row as unknown as QuoteRow)
})

/** Records a new quote for a draft order; compensation deletes it. */
export const createQuoteStep = createStep(
  "create-institution-quote",
  async (
    input: { institution_id: string; requested_by: string; draft_order_id: string; note: string | null; currency_code: string; lines: StoredQuoteLine[] },
    { container }
  ) => {
    const quote = await serviceOf(container).createInstitutionQuotes({ ...input, lines: input.lines as never, status: "requested" })
    return new StepResponse(quote as unknown as QuoteRow, quote.id)
  },
  async (id, { container }) => {
    if (!id) return
    await serviceOf(container).deleteInstitutionQuotes(id)
  }
)

/** Changes a quote; compensation puts back what it was. */
export const updateQuoteStep = createStep(
  "update-institution-quote",
  async (input: { id: string; change: QuoteChange }, { container }) => {
    const service = serviceOf(container)
    const [before] = await service.listInstitutionQuotes({ id: input.id })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Quote with id: ${input.id} was not found`)
    const keys = Object.keys(input.change) as Array<keyof QuoteChange>
    const previous = Object.fromEntries(keys.map((k) => [k, (before as unknown as Record<string, unknown>)[k]]))
    const updated = await service.updateInstitutionQuotes({ id: input.id, ...input.change } as never)
    return new StepResponse(updated as unknown as QuoteRow, { id: input.id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await serviceOf(container).updateInstitutionQuotes({ id: undo.id, ...undo.previous } as never)
  }
)

/**
 * An answer prices every line of a quote that is still open (requested, or
 * answered and not yet decided: the operator may correct an answer, or renew an
 * expired one), with a validity date in the future.
 */
export const validateAnswerStep = createStep(
  "validate-quote-answer",
  async (input: { quote: QuoteRow; lines: Array<{ id: string; unit_price: number }>; valid_until: string; now?: Date }) => {
    const { quote } = input
    if (!["requested", "answered"].includes(quote.status)) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, QUOTE_MESSAGES.closed(quote.status))
    if (new Date(input.valid_until).getTime() <= (input.now ?? new Date()).getTime()) throw new MedusaError(MedusaError.Types.INVALID_DATA, QUOTE_MESSAGES.pastDate)
    const lines = quoteLinesOf(quote)
    const prices = new Map(input.lines.map((l) => [l.id, l.unit_price]))
    for (const id of prices.keys()) if (!lines.some((l) => l.id === id)) throw new MedusaError(MedusaError.Types.INVALID_DATA, QUOTE_MESSAGES.unknownLine(id))
    if (lines.some((l) => !prices.has(l.id))) throw new MedusaError(MedusaError.Types.INVALID_DATA, QUOTE_MESSAGES.everyLine)
    return new StepResponse(lines.map((l) => ({ ...l, unit_price: prices.get(l.id)! })))
  }
)

/**
 * A quote may be accepted once answered and while its validity date has not
 * passed; declined while it is requested or answered (an expired one too: it
 * only says no).
 */
export const validateQuoteDecisionStep = createStep(
  "validate-quote-decision",
  async (input: { quote: QuoteRow; decision: "accepted" | "declined"; now?: Date }) => {
    const { quote } = input
    const status = quoteStatusAt({ status: quote.status, valid_until: quote.valid_until }, input.now)
    if (input.decision === "declined") {
      if (!["requested", "answered", "expired"].includes(status) || !["requested", "answered"].includes(quote.status)) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, QUOTE_MESSAGES.closed(status))
      }
      return new StepResponse(true)
    }
    if (status === "requested") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, QUOTE_MESSAGES.notAnswered)
    if (status === "expired") {
      const day = new Date(new Date(quote.valid_until!).getTime() + 8 * 3600_000).toISOString().slice(0, 10)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, QUOTE_MESSAGES.expired(day))
    }
    if (status !== "answered") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, QUOTE_MESSAGES.closed(status))
    return new StepResponse(true)
  }
)

/**
 * After the draft order edit is confirmed, the order item of the new version
 * holds the quoted price and Medusa's order totals use it; but a read that
 * selects `items.unit_price` alone gets the line item's own (catalogue) price
 * (the order module maps it to `items.item.unit_price`). The producer portal,
 * the receiving and purchase-order documents read it that way, so the line
 * items take the quoted price too (marked a custom price); compensation puts
 * the old prices back.
 */
export const alignQuotedLineItemsStep = createStep(
  "align-quoted-line-items",
  async (input: { lines: Array<{ id: string; unit_price: number | null }> }, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const before = await orders.listOrderLineItems({ id: input.lines.map((l) => l.id) }, { select: ["id", "unit_price", "is_custom_price"] })
    await orders.updateOrderLineItems(input.lines.map((l) => ({ selector: { id: l.id }, data: { unit_price: l.unit_price!, is_custom_price: true } })))
    return new StepResponse(null, before.map((b) => ({ id: b.id, unit_price: Number(b.unit_price), is_custom_price: !!(b as { is_custom_price?: boolean }).is_custom_price })))
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container
      .resolve(Modules.ORDER)
      .updateOrderLineItems(previous.map((p) => ({ selector: { id: p.id }, data: { unit_price: p.unit_price, is_custom_price: p.is_custom_price } })))
  }
)

/**
 * Marks an accepted quote's draft order as the institution's order (the
 * metadata an institution cart's order carries), just before it is converted:
 * the order.placed subscribers count it for the institution from this mark.
 */
export const markQuoteOrderStep = createStep(
  "mark-quote-order",
  async (input: { order_id: string; institution_id: string }, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const order = await orders.retrieveOrder(input.order_id, { select: ["id", "metadata"] })
    const before = (order.metadata ?? {}) as Record<string, unknown>
    await orders.updateOrders([{ id: input.order_id, metadata: { ...before, [INSTITUTION_CART_METADATA_KEY]: input.institution_id } }])
    return new StepResponse(null, { id: input.order_id, metadata: before })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve(Modules.ORDER).updateOrders([{ id: undo.id, metadata: undo.metadata }])
  }
)

/**
 * The accepted quote becomes an order of the member who asked, counted in
 * their 月度预算 like a pad order: it must fit what is left of the month
 * (400 naming the budget, what is spent and what is left). Nothing to undo.
 */
export const checkQuoteBudgetStep = createStep("check-quote-budget", async (input: { quote: QuoteRow }, { container }) => {
  const { quote } = input
  await assertWithinBudget(container, {
    institution_id: quote.institution_id,
    customer_id: quote.requested_by,
    cart_id: quote.draft_order_id,
    amount: quoteTotal(quoteLinesOf(quote)) ?? 0,
  })
  return new StepResponse(null)
})

type DraftAddress = { country_code?: string | null; province?: string | null; city?: string | null; postal_code?: string | null }

/**
 * A new quote's draft order is delivered like a pad order: the cheapest home
 * delivery reaching the canteen, at its price for the goods at list prices.
 * Reads only.
 */
export const requestDeliveryStep = createStep(
  "quote-request-delivery",
  async (
    input: { sales_channel_id: string | null; region_id: string; address: DraftAddress; lines: Array<{ quantity: number; list_unit_price: number }> },
    { container }
  ) => {
    const item_total = quoteTotal(input.lines.map((l) => ({ quantity: l.quantity, unit_price: l.list_unit_price }))) ?? 0
    return new StepResponse(
      await homeDeliveryFor(container, { sales_channel_id: input.sales_channel_id, region_id: input.region_id, currency_code: "cny", address: input.address, item_total })
    )
  }
)

/**
 * The answer's delivery fee: the operator's, or else the bulk rule's price of
 * the draft's home delivery for the goods at the quoted prices; and the draft's
 * shipping method to put it on (none on a quote requested before quotes
 * carried delivery). Reads only.
 */
export const answerDeliveryStep = createStep(
  "quote-answer-delivery",
  async (input: { order_id: string; lines: Array<{ quantity: number; unit_price: number | null }>; shipping_total: number | null }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "region_id", "sales_channel_id", "currency_code", "shipping_address.*", "shipping_methods.id", "shipping_methods.shipping_option_id"],
      filters: { id: input.order_id },
    })
    const order = data[0] as unknown as
      | { region_id: string | null; sales_channel_id: string | null; currency_code: string; shipping_address: DraftAddress | null; shipping_methods?: Array<{ id: string; shipping_option_id: string | null } | null> | null }
      | undefined
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.order_id} was not found`)
    const method = (order.shipping_methods ?? []).find((m) => !!m)
    const rule = await homeDeliveryFor(container, {
      sales_channel_id: order.sales_channel_id,
      region_id: order.region_id,
      currency_code: order.currency_code,
      address: order.shipping_address ?? {},
      item_total: quoteTotal(input.lines) ?? 0,
    })
    return new StepResponse({
      shipping_method_id: method?.id ?? null,
      shipping_option_id: method?.shipping_option_id ?? rule.shipping_option_id,
      amount: input.shipping_total ?? rule.amount,
    })
  }
)
