import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { noticeQuoteAnswered, noticeQuoteRequested, QUOTE_EVENTS } from "../lib/institution/quote-notices"

/** 询价 e-mails: a request to the operators, an answer to the member who asked (lib/institution/quote-notices.ts). */
export default async function quoteNotices({ event, container }: SubscriberArgs<{ id: string }>) {
  if (event.name === QUOTE_EVENTS.requested) await noticeQuoteRequested(container, event.data.id)
  else await noticeQuoteAnswered(container, event.data.id)
}

export const config: SubscriberConfig = { event: [QUOTE_EVENTS.requested, QUOTE_EVENTS.answered] }
