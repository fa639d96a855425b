import type { Metadata } from "next"
import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import { isLocale, shopperMayCancel } from "@fupin/shared"
import { getAuthToken } from "@/lib/data/cookies"
import { getOwnOrder } from "@/lib/data/customer"
import { getOrderReturns } from "@/lib/data/returns"
import { getOrderReviews } from "@/lib/data/reviews"
import { getDictionary, interpolate } from "@/lib/i18n"
import { decodeSegment, localizedHref } from "@/lib/i18n/paths"
import { FormMessage } from "@/modules/common/components/field"
import { CancelOrderForm } from "@/modules/order/components/cancel-order-form"
import { OrderDetails } from "@/modules/order/components/order-details"
import { OrderReturns } from "@/modules/order/components/order-returns"
import { OrderReviews } from "@/modules/reviews/components/order-reviews"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { CANCEL_ORDER_FORM_STRINGS } from "@/modules/order/components/cancel-order-form.strings"

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getDictionary(locale).order.summary, robots: { index: false } }
}

/** One of the shopper's own orders; anyone else's order id is a 404. */
export default async function AccountOrderPage({ params, searchParams }: Props) {
  const [{ locale, id }, query] = await Promise.all([params, searchParams])
  if (!isLocale(locale)) notFound()
  const path = localizedHref(locale, `/account/orders/${id}`)
  if (!(await getAuthToken())) redirect(`${localizedHref(locale, "/account/login")}?next=${encodeURIComponent(path)}`)
  const order = await getOwnOrder(decodeSegment(id))
  if (!order) notFound()
  const dict = getDictionary(locale)
  // 评价 per line once it shipped (none for an institution's order: no line is reviewable there)
  const shipped = !!order.fulfillment_status && order.fulfillment_status !== "not_fulfilled"
  const [reviews, returns] = shipped ? await Promise.all([getOrderReviews(order.id), getOrderReturns(order.id)]) : [null, null]
  const showReviews = !!reviews?.lines.some((l) => l.reviewable || l.review)
  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-10">
      <Link href={localizedHref(locale, "/account")} className="text-sm font-medium text-earth-700 hover:text-brand-700">
        <span aria-hidden="true">← </span>
        {dict.account.backToAccount}
      </Link>
      <h1 className="mt-3 text-2xl font-bold text-earth-900">{interpolate(dict.account.orderNumber, { id: String(order.display_id ?? order.id) })}</h1>
      {query.canceled === "1" && order.status === "canceled" ? (
        <div className="mt-4">
          <FormMessage success={dict.account.canceledNotice} />
        </div>
      ) : null}
      {query.returned === "1" ? (
        <div className="mt-4">
          <FormMessage success={dict.afterSale.asked} />
        </div>
      ) : null}
      {query.reviewed === "1" ? (
        <div className="mt-4">
          <FormMessage success={dict.review.reviewed} />
        </div>
      ) : null}
      <section aria-label={dict.order.summary} className="mt-5 rounded-2xl bg-white p-4 ring-1 ring-earth-100 sm:p-6">
        <OrderDetails order={order} locale={locale} />
      </section>
      {showReviews && reviews ? (
        <div className="mt-4">
          <OrderReviews orderId={order.id} reviews={reviews} locale={locale} />
        </div>
      ) : null}
      {returns ? (
        <div className="mt-4">
          <OrderReturns locale={locale} orderId={order.id} view={returns} />
        </div>
      ) : null}
      {shopperMayCancel(order) ? (
        <div className="mt-4">
          <ClientStrings locale={locale} pick={CANCEL_ORDER_FORM_STRINGS}><CancelOrderForm locale={locale} orderId={order.id} /></ClientStrings>
        </div>
      ) : null}
    </div>
  )
}
