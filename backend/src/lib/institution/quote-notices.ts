import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { formatCny, type QuoteDTO } from "@fupin/shared"
import { readEnv } from "../../config/env"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"
import { people } from "./portal"
import { quoteDTO, quoteDTOs, type QuoteRow } from "./quotes"

/**
 * 询价 by e-mail, through Medusa's notification module: the operators hear of a new
 * request; the member who asked (and, when accepting needs one, the institution's
 * approvers) hear of the answer, and again the day before it runs out if it is still
 * open (jobs/quote-expiry-reminders.ts). Each message once per quote, recipient and
 * validity date (idempotency key): a renewed quote is told again.
 */

export const QUOTE_EVENTS = { requested: "institution-quote.requested", answered: "institution-quote.answered" } as const
export const QUOTE_TEMPLATES = {
  requested: "operator-quote-requested",
  answered: "institution-quote-answered",
  expiring: "institution-quote-expiring",
} as const

/** How long before its validity date an open quote is recalled to the one who asked. */
export const QUOTE_REMINDER_HOURS = 24

const DEV_STOREFRONT = "http://localhost:8000"

function quoteUrl(id: string): string {
  const env = readEnv(process.env, { needsDatabase: false })
  return `${env.storefrontUrl ?? DEV_STOREFRONT}/zh/institution/quotes/${encodeURIComponent(id)}`
}

/** The Beijing date of a validity instant (quotes run to the end of a Beijing day). */
function beijingDay(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

function linesText(quote: QuoteDTO): string {
  return quote.lines
    .map((l) => `${l.title}${l.sku ? `（${l.sku}）` : ""} × ${l.quantity}${l.unit_price === null ? "" : `，${formatCny(l.unit_price)}`}`)
    .join("\n")
}

async function send(container: MedusaContainer, to: string, template: string, data: Record<string, unknown>, key: string) {
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications({ to, channel: "email", template, data, idempotency_key: key })
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`quote e-mail to ${to} failed: ${String(error)}`)
  }
}

/** Who hears of an answer: the member who asked, and the approvers when accepting needs one. */
async function answerRecipients(container: MedusaContainer, quote: QuoteDTO): Promise<string[]> {
  const to = new Set<string>()
  if (quote.requested_by?.email) to.add(quote.requested_by.email)
  if (quote.needs_approver) {
    const buyers = await container
      .resolve<InstitutionModuleService>(INSTITUTION_MODULE)
      .listInstitutionBuyers({ institution_id: quote.institution_id }, { take: null, select: ["customer_id", "roles"] })
    const approvers = buyers.filter((b) => (b.roles as string[]).includes("approver")).map((b) => b.customer_id)
    for (const person of (await people(container, approvers)).values()) if (person.email) to.add(person.email)
  }
  return [...to]
}

/** A member asked for a quote: every operator (admin user) is told what and by whom. */
export async function noticeQuoteRequested(container: MedusaContainer, id: string): Promise<void> {
  const quote = await quoteDTO(container, id)
  const who = quote.institution_name ?? quote.institution_id
  const data = {
    subject: `新询价：${who} · ${quote.lines.length} 种商品 / New quote request`,
    quote_id: quote.id,
    institution: who,
    list_total: quote.list_total,
    text: `${who} 请求报价（目录价合计 ${formatCny(quote.list_total)}）：\n${linesText(quote)}${quote.note ? `\n备注：${quote.note}` : ""}\n请在运营后台「询价」中报价。`,
  }
  const operators = await container.resolve(Modules.USER).listUsers({}, { take: null, select: ["email"] })
  for (const { email } of operators) if (email) await send(container, email, QUOTE_TEMPLATES.requested, data, `quote-requested:${quote.id}:${email}`)
}

/** The operator answered: the member who asked (and the approvers, when needed) get the prices and the date. */
export async function noticeQuoteAnswered(container: MedusaContainer, id: string): Promise<void> {
  const quote = await quoteDTO(container, id)
  if (quote.status !== "answered" || !quote.valid_until || quote.total === null) return
  const day = beijingDay(quote.valid_until)
  const url = quoteUrl(quote.id)
  const data = {
    subject: `报价已回复：合计 ${formatCny(quote.total)}，有效期至 ${day} / Your quote is answered`,
    quote_id: quote.id,
    total: quote.total,
    valid_until: quote.valid_until,
    url,
    text: `您的询价已回复，报价合计 ${formatCny(quote.total)}（货款 ${formatCny(quote.item_total ?? 0)}，目录价 ${formatCny(quote.list_total)}；${
      quote.shipping_total ? `运费 ${formatCny(quote.shipping_total)}` : "免运费"
    }），有效期至 ${day}：\n${linesText(quote)}${
      quote.answer_note ? `\n运营备注：${quote.answer_note}` : ""
    }\n${quote.needs_approver ? "金额超过审批额度，须由审批人接受。" : ""}查看并接受或拒绝：${url}`,
  }
  for (const to of await answerRecipients(container, quote)) await send(container, to, QUOTE_TEMPLATES.answered, data, `quote-answered:${quote.id}:${quote.valid_until}:${to}`)
}

/**
 * Answered quotes that run out within QUOTE_REMINDER_HOURS and are still open: the
 * member who asked (and the approvers, when needed) are reminded. Returns the quotes.
 */
export async function remindExpiringQuotes(container: MedusaContainer, now: Date = new Date()): Promise<string[]> {
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const soon = new Date(now.getTime() + QUOTE_REMINDER_HOURS * 3600_000)
  const rows = await service.listInstitutionQuotes({ status: "answered", valid_until: { $gt: now, $lte: soon } }, { take: null })
  const quotes = await quoteDTOs(container, rows as unknown as QuoteRow[])
  for (const quote of quotes) {
    const day = beijingDay(quote.valid_until!)
    const url = quoteUrl(quote.id)
    const data = {
      subject: `报价即将到期（${day}）/ Your quote runs out on ${day}`,
      quote_id: quote.id,
      total: quote.total,
      valid_until: quote.valid_until,
      url,
      text: `您的询价报价合计 ${formatCny(quote.total ?? 0)}，将于 ${day} 到期，过期后须重新询价。查看并接受或拒绝：${url}`,
    }
    for (const to of await answerRecipients(container, quote)) await send(container, to, QUOTE_TEMPLATES.expiring, data, `quote-expiring:${quote.id}:${quote.valid_until}:${to}`)
  }
  return quotes.map((q) => q.id)
}
