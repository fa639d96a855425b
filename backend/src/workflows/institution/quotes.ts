import { ContainerRegistrationKeys, OrderStatus } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  addDraftOrderShippingMethodsWorkflow,
  beginDraftOrderEditWorkflow,
  confirmDraftOrderEditWorkflow,
  convertDraftOrderWorkflow,
  createOrderWorkflow,
  deleteDraftOrdersWorkflow,
  emitEventStep,
  releaseLockStep,
  updateDraftOrderItemWorkflow,
  updateDraftOrderShippingMethodWorkflow,
} from "@medusajs/medusa/core-flows"
import { QUOTE_EVENTS } from "../../lib/institution/quote-notices"
import type { StoredQuoteLine } from "../../lib/institution/quotes"
import { budgetLock } from "./portal-orders"
import {
  alignQuotedLineItemsStep,
  answerDeliveryStep,
  checkQuoteBudgetStep,
  createQuoteStep,
  loadQuoteStep,
  markQuoteOrderStep,
  requestDeliveryStep,
  updateQuoteStep,
  validateAnswerStep,
  validateQuoteDecisionStep,
} from "./steps/quote-steps"

export const REQUEST_INSTITUTION_QUOTE_WORKFLOW = "request-institution-quote"
export const ANSWER_INSTITUTION_QUOTE_WORKFLOW = "answer-institution-quote"
export const ACCEPT_INSTITUTION_QUOTE_WORKFLOW = "accept-institution-quote"
export const DECLINE_INSTITUTION_QUOTE_WORKFLOW = "decline-institution-quote"

/** One quote changes one way at a time: an answer and an acceptance never cross. */
const quoteLock = (id: string) => `institution_quote:${id}`
const LOCK = { timeout: 30, ttl: 120 }

type Address = { company?: string; first_name?: string; last_name?: string; phone?: string; address_1?: string; city?: string; province?: string; postal_code?: string; country_code?: string }

export type RequestQuoteInput = {
  institution_id: string
  customer_id: string
  email: string
  region_id: string
  sales_channel_id: string | null
  address: Address
  /** the canteen and date asked for (lib/institution/canteens.ts deliveryMetadata), kept on the draft and so on the order */
  delivery?: Record<string, string>
  note: string | null
  lines: Array<{ variant_id: string; quantity: number; sku: string | null; title: string; list_unit_price: number }>
}

/** The draft order's line items matched to the requested lines (one line item per variant). */
const quoteLinesOfDraftStep = createStep(
  "quote-lines-of-draft-order",
  async (input: { order_id: string; lines: RequestQuoteInput["lines"] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "items.id", "items.variant_id"], filters: { id: input.order_id } })
    const items = ((data[0] as unknown as { items?: Array<{ id: string; variant_id: string } | null> })?.items ?? []).filter(Boolean) as Array<{ id: string; variant_id: string }>
    const byVariant = new Map(items.map((i) => [i.variant_id, i.id]))
    const lines: StoredQuoteLine[] = input.lines.map((l) => ({ ...l, id: byVariant.get(l.variant_id)!, unit_price: null }))
    return new StepResponse(lines)
  }
)

/**
 * A member asks for a quote on the pad's lines: a Medusa draft order holds
 * them (priced as the catalogue prices them for this customer today, marked
 * with the institution so that, once converted, it counts as its order, with
 * home delivery to the canteen at the bulk rule's price for those goods), and
 * a quote records who asked and what. Undone together.
 */
export const requestInstitutionQuoteWorkflow = createWorkflow(REQUEST_INSTITUTION_QUOTE_WORKFLOW, (input: RequestQuoteInput) => {
  const delivery = requestDeliveryStep(input)
  const orderInput = transform({ input, delivery }, ({ input, delivery }) => ({
    status: OrderStatus.DRAFT,
    is_draft_order: true,
    region_id: input.region_id,
    currency_code: "cny",
    customer_id: input.customer_id,
    email: input.email,
    ...(input.sales_channel_id ? { sales_channel_id: input.sales_channel_id } : {}),
    shipping_address: input.address,
    billing_address: input.address,
    items: input.lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity })),
    // delivered to the canteen like a pad order, priced by the same rule for the goods at list prices until the answer
    shipping_methods: [{ shipping_option_id: delivery.shipping_option_id, name: delivery.name, amount: delivery.amount, data: {} }],
    // not yet the institution's order: the portal's order list, the statements and the monthly budget read
    // institution orders by this metadata, and a draft is none of them (the accept step marks it)
    metadata: { ...(input.delivery ?? {}), quote_institution_id: input.institution_id },
  }))
  const draft = createOrderWorkflow.runAsStep({ input: orderInput as never })
  const lines = quoteLinesOfDraftStep(transform({ draft, input }, ({ draft, input }) => ({ order_id: (draft as { id: string }).id, lines: input.lines })))
  const quote = createQuoteStep(
    transform({ draft, input, lines }, ({ draft, input, lines }) => ({
      institution_id: input.institution_id,
      requested_by: input.customer_id,
      draft_order_id: (draft as { id: string }).id,
      note: input.note,
      currency_code: "cny",
      lines,
    }))
  )
  // the operators hear of it (subscribers/quote-notices.ts)
  emitEventStep({ eventName: QUOTE_EVENTS.requested, data: transform({ quote }, ({ quote }) => ({ id: (quote as { id: string }).id })) })
  return new WorkflowResponse(quote)
})

export type AnswerQuoteInput = {
  quote_id: string
  user_id: string
  lines: Array<{ id: string; unit_price: number }>
  valid_until: string
  note: string | null
  /** the delivery fee; null: the home-delivery rule's for the quoted goods */
  shipping_total: number | null
}

/**
 * The operator answers: each line's unit price and the delivery fee go onto
 * the draft order through one draft order edit (begin, update the items and the
 * shipping method, confirm), and the quote records the prices, the fee, the
 * validity date and who answered. The fee is the operator's, or else the bulk
 * rule's for the goods at the quoted prices (free from an amount).
 */
export const answerInstitutionQuoteWorkflow = createWorkflow(ANSWER_INSTITUTION_QUOTE_WORKFLOW, (input: AnswerQuoteInput) => {
  const key = transform({ input }, ({ input }) => quoteLock(input.quote_id))
  acquireLockStep({ key, ...LOCK })
  const quote = loadQuoteStep({ quote_id: input.quote_id })
  const priced = validateAnswerStep(transform({ quote, input }, ({ quote, input }) => ({ quote, lines: input.lines, valid_until: input.valid_until })))
  const orderId = transform({ quote }, ({ quote }) => quote.draft_order_id)
  beginDraftOrderEditWorkflow.runAsStep({ input: transform({ orderId, input }, ({ orderId, input }) => ({ order_id: orderId, created_by: input.user_id })) })
  updateDraftOrderItemWorkflow.runAsStep({
    input: transform({ orderId, priced }, ({ orderId, priced }) => ({
      order_id: orderId,
      items: priced.map((l) => ({ id: l.id, quantity: l.quantity, unit_price: l.unit_price! })),
    })),
  })
  const delivery = answerDeliveryStep(transform({ orderId, priced, input }, ({ orderId, priced, input }) => ({ order_id: orderId, lines: priced, shipping_total: input.shipping_total })))
  when("quote-has-delivery", delivery, (d) => !!d.shipping_method_id).then(() => {
    updateDraftOrderShippingMethodWorkflow.runAsStep({
      input: transform({ orderId, delivery }, ({ orderId, delivery }) => ({
        order_id: orderId,
        data: { shipping_method_id: delivery.shipping_method_id!, shipping_option_id: delivery.shipping_option_id, custom_amount: delivery.amount },
      })),
    })
  })
  // a quote requested before quotes carried delivery: its draft gets the method now
  when("quote-lacks-delivery", delivery, (d) => !d.shipping_method_id).then(() => {
    addDraftOrderShippingMethodsWorkflow.runAsStep({
      input: transform({ orderId, delivery }, ({ orderId, delivery }) => ({ order_id: orderId, shipping_option_id: delivery.shipping_option_id, custom_amount: delivery.amount })),
    })
  })
  confirmDraftOrderEditWorkflow.runAsStep({ input: transform({ orderId, input }, ({ orderId, input }) => ({ order_id: orderId, confirmed_by: input.user_id })) })
  alignQuotedLineItemsStep(transform({ priced }, ({ priced }) => ({ lines: priced })))
  const updated = updateQuoteStep(
    transform({ input, priced, delivery }, ({ input, priced, delivery }) => ({
      id: input.quote_id,
      change: {
        status: "answered" as const,
        lines: priced,
        shipping_total: delivery.amount,
        valid_until: input.valid_until,
        answer_note: input.note,
        answered_by: input.user_id,
        answered_at: new Date().toISOString(),
      },
    }))
  )
  // the member who asked (and the approvers, when needed) hear of it (subscribers/quote-notices.ts)
  emitEventStep({ eventName: QUOTE_EVENTS.answered, data: transform({ input }, ({ input }) => ({ id: input.quote_id })) })
  releaseLockStep({ key })
  return new WorkflowResponse(updated)
})

export type DecideQuoteInput = { quote_id: string; customer_id: string; note?: string | null }

/**
 * A member accepts an answered quote before its validity date: Medusa converts
 * the draft order into an order at the quoted prices (reserving stock and
 * emitting order.placed, so the intent agreement, the impact ledger and the
 * suppliers' portals count it like any pad order), and the quote records who
 * accepted and the order. It is the asker's order, so it must fit their
 * monthly budget. Who may accept (an approver above the approval
 * amount) is the access rule's (src/lib/access/rules.ts).
 */
export const acceptInstitutionQuoteWorkflow = createWorkflow(ACCEPT_INSTITUTION_QUOTE_WORKFLOW, (input: DecideQuoteInput) => {
  const key = transform({ input }, ({ input }) => quoteLock(input.quote_id))
  acquireLockStep({ key, ...LOCK })
  const quote = loadQuoteStep({ quote_id: input.quote_id })
  validateQuoteDecisionStep(transform({ quote }, ({ quote }) => ({ quote, decision: "accepted" as const })))
  // the asker's budget, serialised with their pad submissions and approvals
  const budgetKey = transform({ quote }, ({ quote }) => budgetLock(quote.requested_by))
  acquireLockStep({ key: budgetKey, ...LOCK }).config({ name: "acquire-quote-budget-lock" })
  checkQuoteBudgetStep({ quote })
  markQuoteOrderStep(transform({ quote }, ({ quote }) => ({ order_id: quote.draft_order_id, institution_id: quote.institution_id })))
  const order = convertDraftOrderWorkflow.runAsStep({ input: transform({ quote }, ({ quote }) => ({ id: quote.draft_order_id })) })
  const updated = updateQuoteStep(
    transform({ input, order }, ({ input, order }) => ({
      id: input.quote_id,
      change: { status: "accepted" as const, decided_by: input.customer_id, decided_at: new Date().toISOString(), order_id: (order as { id: string }).id },
    }))
  )
  releaseLockStep({ key: budgetKey }).config({ name: "release-quote-budget-lock" })
  releaseLockStep({ key })
  return new WorkflowResponse(updated)
})

/** A member declines a quote (or withdraws the request): the quote records who, when and why (when said), and its draft order is deleted. */
export const declineInstitutionQuoteWorkflow = createWorkflow(DECLINE_INSTITUTION_QUOTE_WORKFLOW, (input: DecideQuoteInput) => {
  const key = transform({ input }, ({ input }) => quoteLock(input.quote_id))
  acquireLockStep({ key, ...LOCK })
  const quote = loadQuoteStep({ quote_id: input.quote_id })
  validateQuoteDecisionStep(transform({ quote }, ({ quote }) => ({ quote, decision: "declined" as const })))
  const updated = updateQuoteStep(
    transform({ input }, ({ input }) => ({
      id: input.quote_id,
      change: { status: "declined" as const, decided_by: input.customer_id, decided_at: new Date().toISOString(), decline_note: input.note?.trim() || null },
    }))
  )
  when("has-draft", quote, (q) => !!q.draft_order_id).then(() => {
    deleteDraftOrdersWorkflow.runAsStep({ input: transform({ quote }, ({ quote }) => ({ order_ids: [quote.draft_order_id] })) })
  })
  releaseLockStep({ key })
  return new WorkflowResponse(updated)
})
