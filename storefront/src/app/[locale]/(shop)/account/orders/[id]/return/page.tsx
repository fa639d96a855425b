import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getAuthToken } from "@/lib/data/cookies"
import { getOrderReturns } from "@/lib/data/returns"
import { getDictionary } from "@/lib/i18n"
import { decodeSegment, localizedHref } from "@/lib/i18n/paths"
import { OrderSubpage } from "@/modules/order/components/order-subpage"
import { ReturnForm } from "@/modules/order/components/return-form"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { RETURN_FORM_STRINGS } from "@/modules/order/components/return-form.strings"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getDictionary(locale).afterSale.formTitle, robots: { index: false } }
}

/** 申请售后 for the shopper's own order; nothing left to send back (not shipped, past the window, not theirs) is a 404. */
export default async function ReturnPage({ params }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const orderId = decodeSegment(id)
  const orderPath = localizedHref(locale, `/account/orders/${orderId}`)
  if (!(await getAuthToken())) redirect(`${localizedHref(locale, "/account/login")}?next=${encodeURIComponent(`${orderPath}/return`)}`)
  const view = await getOrderReturns(orderId)
  if (!view?.returnable.length) notFound()
  const dict = getDictionary(locale).afterSale
  return (
    <OrderSubpage backHref={orderPath} backLabel={dict.back} title={dict.formTitle}>
      <ClientStrings locale={locale} pick={RETURN_FORM_STRINGS}><ReturnForm locale={locale} orderId={orderId} lines={view.returnable} /></ClientStrings>
    </OrderSubpage>
  )
}
