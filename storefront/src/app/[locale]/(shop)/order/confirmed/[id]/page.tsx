import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { countyByHandle, isLocale, maskCnMobile, type Locale, type StoreOrderImpactResponse } from "@fupin/shared"
import { getLastOrderId } from "@/lib/data/cookies"
import { fetchOrder, getCustomer, getOrderImpact, getOwnOrder } from "@/lib/data/customer"
import { getDictionary, interpolate } from "@/lib/i18n"
import { decodeSegment, localizedHref } from "@/lib/i18n/paths"
import { formatPrice } from "@/lib/util/price"
import { countyCommonName } from "@/lib/util/product"
import { OrderDetails } from "@/modules/order/components/order-details"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getDictionary(locale).order.confirmedTitle, robots: { index: false } }
}

function ImpactLine({ impact, locale }: { impact: StoreOrderImpactResponse | null; locale: Locale }) {
  const dict = getDictionary(locale).order
  const counties = (impact?.counties ?? []).filter((c) => c.households > 0)
  if (!impact || counties.length === 0) return <p className="mt-2 text-earth-800">{dict.impactPending}</p>
  return (
    <div className="mt-2 space-y-1" data-testid="order-impact">
      {counties.map((c) => {
        const info = countyByHandle(c.county_handle)
        const name = info ? countyCommonName(info, locale) : locale === "zh" ? c.name_zh : c.name_en
        return (
          <p key={c.county_handle} className="text-lg font-bold text-emerald-900">
            {interpolate(dict.impact, { county: name, count: c.households.toLocaleString() })}
          </p>
        )
      })}
      {impact.amount > 0 ? <p className="text-sm text-emerald-900">{interpolate(dict.impactAmount, { amount: formatPrice(impact.amount, locale) })}</p> : null}
    </div>
  )
}

/**
 * The confirmation: the order and what it did. Only the browser that placed the order
 * (its httpOnly last-order cookie) or the logged-in owner can see it.
 */
export default async function OrderConfirmedPage({ params }: Props) {
  const { locale, id: raw } = await params
  if (!isLocale(locale)) notFound()
  const id = decodeSegment(raw)
  const placedHere = (await getLastOrderId()) === id
  const order = placedHere ? await fetchOrder(id) : await getOwnOrder(id)
  if (!order) notFound()
  const dict = getDictionary(locale)
  const ageMs = Date.now() - new Date(order.created_at ?? 0).getTime()
  const mobile = order.shipping_address?.phone ?? null
  const impact = await getOrderImpact(order.id, { email: order.email, mobile }, { fresh: ageMs < 60_000 })
  // a guest who gave no e-mail finds the order again by logging in with a code to its mobile (the order then moves into the account)
  const guestByMobile = placedHere && !order.email && !!mobile && !(await getCustomer())

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <div className="rounded-2xl bg-emerald-50 p-5 ring-1 ring-emerald-200 sm:p-6">
        <h1 className="text-2xl font-bold text-emerald-900 sm:text-3xl">{dict.order.confirmedTitle}</h1>
        <p className="mt-1 text-sm text-emerald-900">{interpolate(dict.order.thanks, { id: order.display_id ? `#${order.display_id}` : order.id })}</p>
        <ImpactLine impact={impact} locale={locale} />
      </div>
      <section aria-labelledby="order-summary" className="mt-6 rounded-2xl bg-white p-4 ring-1 ring-earth-100 sm:p-6">
        <h2 id="order-summary" className="mb-4 text-lg font-bold text-earth-900">
          {dict.order.summary}
        </h2>
        <OrderDetails order={order} locale={locale} />
      </section>
      {guestByMobile ? (
        <p className="mt-6 rounded-xl bg-sky-50 p-4 text-sm text-sky-900 ring-1 ring-sky-200" data-testid="guest-mobile-hint">
          {interpolate(dict.order.guestMobileHint, { mobile: maskCnMobile(mobile!) })}
        </p>
      ) : null}
      <div className="mt-6 flex flex-wrap gap-3">
        <Link
          href={guestByMobile ? `${localizedHref(locale, "/account/login")}?${new URLSearchParams({ next: localizedHref(locale, "/account") })}` : localizedHref(locale, "/account")} className="rounded-full px-5 py-2.5 text-sm font-semibold text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50">
          {guestByMobile ? dict.order.guestMobileLogin : dict.order.viewOrders}
        </Link>
        <Link href={localizedHref(locale, "/products")} className="rounded-full bg-brand-600 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-700">
          {dict.order.keepShopping}
        </Link>
      </div>
    </div>
  )
}
