import Link from "next/link"
import { type Locale, RETURN_WINDOW_DAYS, SHOPPER_RETURN_REASON_LABELS, SHOPPER_RETURN_STATUS_LABELS, type StoreShopperReturnsResponse, KUNMING_TIME_ZONE } from "@fupin/shared"
import { getDictionary, interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { formatPrice } from "@/lib/util/price"
import { buttonSecondary } from "@/modules/common/components/field"

const dateOf = (iso: string, locale: Locale) => new Date(iso).toLocaleDateString(locale === "zh" ? "zh-CN" : "en-GB", { timeZone: KUNMING_TIME_ZONE })

/** 售后 on the order page: each return asked for and where it stands, and the way to ask while the window is open. */
export function OrderReturns({ locale, orderId, view }: { locale: Locale; orderId: string; view: StoreShopperReturnsResponse }) {
  const dict = getDictionary(locale).afterSale
  if (!view.window_ends_at && !view.returns.length) return null
  const windowEnd = view.window_ends_at ? dateOf(view.window_ends_at, locale) : null
  return (
    <section aria-labelledby="after-sale-title" className="rounded-2xl bg-white p-4 ring-1 ring-earth-100 sm:p-6" data-testid="order-returns">
      <h2 id="after-sale-title" className="text-lg font-bold text-earth-900">{dict.heading}</h2>
      {view.returnable.length && windowEnd ? (
        <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-earth-700">{interpolate(dict.intro, { days: String(RETURN_WINDOW_DAYS), date: windowEnd })}</p>
          <Link href={localizedHref(locale, `/account/orders/${orderId}/return`)} className={buttonSecondary}>
            {dict.ask}
          </Link>
        </div>
      ) : windowEnd && new Date(view.window_ends_at!) < new Date() ? (
        <p className="mt-2 text-sm text-earth-700">{interpolate(dict.closed, { date: windowEnd })}</p>
      ) : null}
      {view.returns.length ? (
        <ul className="mt-3 space-y-3">
          {view.returns.map((r) => (
            <li key={r.id} className="rounded-xl bg-earth-50 p-3 text-sm" data-testid="return-request">
              <p className="flex flex-wrap justify-between gap-2 font-semibold text-earth-900">
                <span>{interpolate(dict.requestTitle, { id: String(r.display_id ?? r.id) })}</span>
                <span className="text-brand-800" data-testid="return-status">{(SHOPPER_RETURN_STATUS_LABELS[r.status] ?? { zh: r.status, en: r.status })[locale]}</span>
              </p>
              <p className="mt-1 text-earth-600">
                {interpolate(dict.askedAt, { date: dateOf(r.created_at, locale) })} · {interpolate(dict.refundOf, { amount: formatPrice(r.refund_amount, locale) })}
              </p>
              <ul className="mt-1 text-earth-800">
                {r.items.map((l) => (
                  <li key={l.item_id}>
                    {l.title} × {l.quantity}
                  </li>
                ))}
              </ul>
              {r.reason ? <p className="mt-1 text-earth-700">{interpolate(dict.reasonLabel, { reason: SHOPPER_RETURN_REASON_LABELS[r.reason][locale] })}</p> : null}
              {r.note ? <p className="mt-1 text-earth-700">{r.note}</p> : null}
              {r.photos.length ? (
                <div className="mt-2 flex flex-wrap gap-2">
                  {r.photos.map((p, i) => (
                    <img key={p.file_id} src={p.url} alt={interpolate(dict.photoAlt, { n: String(i + 1) })} width={64} height={64} className="h-16 w-16 rounded-lg bg-white object-cover" />
                  ))}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
