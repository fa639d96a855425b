import { type Locale, QUOTE_STATUS_LABELS, type QuoteStatus } from "@fupin/shared"

const TONE: Record<QuoteStatus, string> = {
  requested: "bg-amber-50 text-amber-900 ring-amber-200",
  answered: "bg-sky-50 text-sky-900 ring-sky-200",
  accepted: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  declined: "bg-earth-50 text-earth-700 ring-earth-200",
  expired: "bg-earth-50 text-earth-700 ring-earth-200",
}

/** 待报价 · 已报价 · 已接受 · 已拒绝 · 已过期 */
export function QuoteStatusPill({ status, locale }: { status: QuoteStatus; locale: Locale }) {
  return (
    <span className={"inline-block rounded-full px-2.5 py-0.5 text-sm font-semibold ring-1 " + TONE[status]} data-testid="quote-status">
      {QUOTE_STATUS_LABELS[status][locale]}
    </span>
  )
}
