import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { isLocale, type QuoteDTO } from "@fupin/shared"
import { getInstitutionQuote } from "@/lib/data/institution-quotes"
import { interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { formatPrice } from "@/lib/util/price"
import { buttonSecondary, card } from "@/modules/common/components/field"
import { PageHeading } from "@/modules/common/components/page-heading"
import { hasRole, requireMember } from "@/modules/institution/lib/guard"
import { formatDate, personName } from "@/modules/institution/lib/format"
import { QuoteDecideForm } from "@/modules/institution/quotes/components/quote-decide-form"
import { QuoteStatusPill } from "@/modules/institution/quotes/components/quote-status"
import { quotesDictionary } from "@/modules/institution/quotes/i18n"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { QUOTE_DECIDE_FORM_STRINGS } from "@/modules/institution/quotes/components/quote-decide-form.strings"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: quotesDictionary(locale).title, robots: { index: false } }
}

/** /zh/institution/quotes/:id: the lines at list and quoted prices, the validity date, accept or decline. */
export default async function QuotePage({ params }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const me = await requireMember(locale, `/institution/quotes/${id}`)
  // another institution's quote answers 404, like one that does not exist
  const quote = await getInstitutionQuote(id)
  if (!quote) notFound()
  const dict = quotesDictionary(locale)
  const mayDecide = hasRole(me, "purchaser") || hasRole(me, "approver")
  // above the approval amount the acceptance is the approval: an approver who did not ask
  const mayAccept = quote.needs_approver ? hasRole(me, "approver") && quote.requested_by?.id !== me.member.customer_id : hasRole(me, "purchaser") || hasRole(me, "approver")
  return (
    <div>
      <PageHeading sub={interpolate(dict.requestedBy, { name: personName(quote.requested_by), date: formatDate(quote.created_at, locale) })}>
        {dict.title} <QuoteStatusPill status={quote.status} locale={locale} />
      </PageHeading>
      <section className={card}>
        <QuoteLines quote={quote} locale={locale} />
        {quote.note ? <Labelled label={dict.note + dict.colon}>{quote.note}</Labelled> : null}
        {quote.delivery?.canteen ? (
          <Labelled label={dict.deliverTo + dict.colon} testId="quote-delivery">
            {quote.delivery.canteen}
            {quote.delivery.address ? `（${quote.delivery.address}）` : null}
          </Labelled>
        ) : null}
        {quote.delivery?.requested_delivery_date ? (
          <Labelled label={dict.deliverOn + dict.colon} testId="quote-delivery-date">
            {quote.delivery.requested_delivery_date}
          </Labelled>
        ) : null}
        {quote.answer_note ? <Labelled label={dict.answerNote + dict.colon}>{quote.answer_note}</Labelled> : null}
        {quote.valid_until ? <p className="mt-1 text-sm font-medium text-earth-900">{interpolate(dict.validUntil, { date: formatDate(quote.valid_until, locale) })}</p> : null}
      </section>
      <section className="mt-4" aria-live="polite">
        {quote.status === "answered" && quote.needs_approver ? <p className="text-sm text-earth-800">{dict.needsApprover}</p> : null}
        {quote.status === "expired" ? <p className="text-sm font-medium text-brand-800">{dict.expiredBody}</p> : null}
        {quote.status === "accepted" ? (
          <p role="status" className="text-emerald-800" data-testid="quote-accepted">
            {interpolate(dict.acceptedBody, { id: String(quote.order_display_id ?? quote.order_id) })}{" "}
            <Link href={localizedHref(locale, `/institution/orders/${quote.order_id}`)} className="font-semibold underline underline-offset-4">
              {dict.viewOrder}
            </Link>
          </p>
        ) : null}
        {quote.decided_by ? (
          <p className="mt-1 text-sm text-earth-600">
            {interpolate(dict.decidedBy, {
              name: personName(quote.decided_by),
              date: formatDate(quote.decided_at, locale),
              decision: quote.status === "accepted" ? dict.acceptedWord : dict.declinedWord,
            })}
          </p>
        ) : null}
        {quote.status === "declined" && quote.decline_note ? (
          <p className="mt-1 text-sm text-earth-800" data-testid="quote-decline-note">
            <span className="font-semibold">
              {dict.declineNote}
              {dict.colon}
            </span>
            {quote.decline_note}
          </p>
        ) : null}
        {mayDecide && (quote.status === "answered" || quote.status === "requested") ? (
          <ClientStrings locale={locale} pick={QUOTE_DECIDE_FORM_STRINGS}>
            <QuoteDecideForm locale={locale} quoteId={quote.id} canAccept={quote.status === "answered" && mayAccept} />
          </ClientStrings>
        ) : null}
      </section>
      <Link href={localizedHref(locale, "/institution/quotes")} className={buttonSecondary + " mt-6 inline-flex min-h-11 items-center"}>
        {dict.back}
      </Link>
    </div>
  )
}

function QuoteLines({ quote, locale }: { quote: QuoteDTO; locale: "zh" | "en" }) {
  const dict = quotesDictionary(locale)
  const answered = quote.total !== null
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[20rem] text-left text-sm" data-testid="quote-lines">
        <thead className="border-b border-earth-100 text-earth-600">
          <tr>
            <th className="py-2 pr-2 font-medium">{dict.product}</th>
            <th className="py-2 pr-2 text-right font-medium">{dict.quantity}</th>
            <th className="py-2 pr-2 text-right font-medium">{dict.listPrice}</th>
            <th className="py-2 pr-2 text-right font-medium">{dict.quotedPrice}</th>
            <th className="hidden py-2 text-right font-medium sm:table-cell">{dict.lineTotal}</th>
          </tr>
        </thead>
        <tbody>
          {quote.lines.map((l) => (
            <tr key={l.id} className="border-b border-earth-50">
              <td className="py-2 pr-2 text-earth-900">
                {l.title}
                <span className="block text-xs text-earth-500">{l.sku}</span>
              </td>
              <td className="py-2 pr-2 text-right">{l.quantity}</td>
              <td className="py-2 pr-2 text-right text-earth-600">{formatPrice(l.list_unit_price, locale)}</td>
              <td className="py-2 pr-2 text-right font-semibold text-earth-900">{l.unit_price !== null ? formatPrice(l.unit_price, locale) : "—"}</td>
              <td className="hidden py-2 text-right sm:table-cell">{l.unit_price !== null ? formatPrice(Math.round(l.unit_price * 100 * l.quantity) / 100, locale) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="mt-3 grid grid-cols-2 gap-1 text-sm sm:max-w-xs sm:ml-auto">
        <dt className="text-earth-600">{dict.listTotal}</dt>
        <dd className="text-right text-earth-600 line-through decoration-earth-300">{formatPrice(quote.list_total, locale)}</dd>
        {answered ? (
          <>
            <dt className="text-earth-600">{dict.itemTotal}</dt>
            <dd className="text-right text-earth-800" data-testid="quote-item-total">
              {formatPrice(quote.item_total!, locale)}
            </dd>
            <dt className="text-earth-600">{dict.shipping}</dt>
            <dd className="text-right text-earth-800" data-testid="quote-shipping">
              {quote.shipping_total ? formatPrice(quote.shipping_total, locale) : dict.freeShipping}
            </dd>
          </>
        ) : null}
        <dt className="font-semibold text-earth-900">{dict.total}</dt>
        <dd className="text-right text-lg font-bold text-earth-900" data-testid="quote-total">
          {answered ? formatPrice(quote.total!, locale) : dict.awaiting}
        </dd>
      </dl>
    </div>
  )
}

/** One of the quote's facts: its label (with the language's colon) in bold, then the value. */
function Labelled({ label, testId, children }: { label: string; testId?: string; children: React.ReactNode }) {
  return (
    <p className="mt-1 text-sm text-earth-800" data-testid={testId}>
      <span className="font-semibold">{label}</span>
      {children}
    </p>
  )
}
