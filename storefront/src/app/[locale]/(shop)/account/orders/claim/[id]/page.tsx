import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { isLocale, KUNMING_TIME_ZONE } from "@fupin/shared"
import { answerOrderClaim } from "@/lib/actions/orders"
import { fetchOrder, getOwnOrder } from "@/lib/data/customer"
import { getDictionary, interpolate } from "@/lib/i18n"
import { decodeSegment, localizedHref } from "@/lib/i18n/paths"
import { formatPrice } from "@/lib/util/price"
import { buttonPrimary, buttonSecondary, card, FormMessage } from "@/modules/common/components/field"
import { PageHeading } from "@/modules/common/components/page-heading"

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getDictionary(locale).account.claimPageTitle, robots: { index: false } }
}

/**
 * Where the e-mailed claim link lands (/account/orders/claim/:id?token=…): the
 * reader of the order's inbox confirms or declines the transfer. Nothing
 * happens on opening the link (mail scanners open links); only the button does.
 */
export default async function ClaimOrderPage({ params, searchParams }: Props) {
  const [{ locale, id }, query] = await Promise.all([params, searchParams])
  if (!isLocale(locale)) notFound()
  const dict = getDictionary(locale).account
  const orderId = decodeSegment(id)
  const token = typeof query.token === "string" ? query.token : ""
  const outcome = typeof query.outcome === "string" ? query.outcome : null
  // opened again after confirming, by the account that now has it
  const own = outcome ? null : await getOwnOrder(orderId)
  const order = outcome || own ? null : await fetchOrder(orderId)

  let body
  if (outcome === "accepted" || own) {
    body = (
      <div className="space-y-4">
        <FormMessage success={dict.claimedNotice} />
        <Link href={localizedHref(locale, `/account/orders/${orderId}`)} className={buttonPrimary}>
          {dict.viewOrder}
        </Link>
      </div>
    )
  } else if (outcome === "declined") {
    body = <FormMessage success={dict.claimDeclined} />
  } else if (outcome === "invalid" || !order || !token) {
    body = (
      <div className="space-y-4">
        <FormMessage error={dict.claimInvalid} />
        <Link href={localizedHref(locale, "/account")} className={buttonSecondary}>
          {dict.backToAccount}
        </Link>
      </div>
    )
  } else {
    body = (
      <div className={card + " space-y-4"} data-testid="claim-order">
        <p className="text-lg font-semibold text-earth-900">
          {interpolate(dict.orderNumber, { id: String(order.display_id ?? order.id) })} · {formatPrice(order.total ?? 0, locale)}
        </p>
        <p className="text-sm text-earth-700">
          {new Date(order.created_at ?? Date.now()).toLocaleDateString(locale === "zh" ? "zh-CN" : "en-GB", { timeZone: KUNMING_TIME_ZONE })} ·{" "}
          {(order.items ?? []).map((i) => `${i.product_title ?? i.title} × ${i.quantity}`).join("、")}
        </p>
        <p className="text-earth-800">{dict.claimConfirmIntro}</p>
        <form action={answerOrderClaim} className="flex flex-wrap gap-3">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="order_id" value={orderId} />
          <input type="hidden" name="token" value={token} />
          <button type="submit" name="answer" value="accept" className={buttonPrimary}>
            {dict.claimConfirm}
          </button>
          <button type="submit" name="answer" value="decline" className={buttonSecondary}>
            {dict.claimDecline}
          </button>
        </form>
      </div>
    )
  }
  return (
    <div className="mx-auto max-w-2xl px-4 py-6 sm:px-6 sm:py-10">
      <PageHeading>{dict.claimPageTitle}</PageHeading>
      {body}
    </div>
  )
}
