import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { listInstitutionQuotes } from "@/lib/data/institution-quotes"
import { interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { formatPrice } from "@/lib/util/price"
import { card } from "@/modules/common/components/field"
import { PageHeading } from "@/modules/common/components/page-heading"
import { requireMember } from "@/modules/institution/lib/guard"
import { formatDate, personName } from "@/modules/institution/lib/format"
import { QuoteStatusPill } from "@/modules/institution/quotes/components/quote-status"
import { quotesDictionary } from "@/modules/institution/quotes/i18n"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: quotesDictionary(locale).title, robots: { index: false } }
}

/** /zh/institution/quotes: the institution's 询价单 with their status; every member reads them. */
export default async function QuotesPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requireMember(locale, "/institution/quotes")
  const dict = quotesDictionary(locale)
  const quotes = await listInstitutionQuotes()
  return (
    <div>
      <PageHeading sub={dict.intro}>{dict.title}</PageHeading>
      {quotes.length ? (
        <ul className="space-y-3" data-testid="institution-quotes">
          {quotes.map((q) => (
            <li key={q.id}>
              <Link href={localizedHref(locale, `/institution/quotes/${q.id}`)} className={card + " block hover:ring-brand-300"} data-testid="quote-row">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <QuoteStatusPill status={q.status} locale={locale} />
                  <span className="text-lg font-bold text-earth-900">{q.total !== null ? formatPrice(q.total, locale) : dict.awaiting}</span>
                </div>
                <p className="mt-2 text-earth-800">
                  {q.lines
                    .slice(0, 3)
                    .map((l) => l.title)
                    .join("、")}
                  {q.lines.length > 3 ? "…" : ""} · {interpolate(dict.lines, { count: String(q.lines.length) })}
                </p>
                <p className="mt-1 text-sm text-earth-600">
                  {interpolate(dict.requestedBy, { name: personName(q.requested_by), date: formatDate(q.created_at, locale) })}
                  {q.valid_until && q.status === "answered" ? ` · ${interpolate(dict.validUntil, { date: formatDate(q.valid_until, locale) })}` : ""}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className={card + " text-earth-700"}>{dict.none}</p>
      )}
    </div>
  )
}
