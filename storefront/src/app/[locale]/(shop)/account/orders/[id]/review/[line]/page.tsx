import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getAuthToken } from "@/lib/data/cookies"
import { getOrderReviews } from "@/lib/data/reviews"
import { getDictionary } from "@/lib/i18n"
import { decodeSegment, localizedHref } from "@/lib/i18n/paths"
import { resolveImageUrl } from "@/lib/util/product"
import { OrderSubpage } from "@/modules/order/components/order-subpage"
import { ReviewForm } from "@/modules/reviews/components/review-form"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { REVIEW_FORM_STRINGS } from "@/modules/reviews/components/review-form.strings"

type Props = { params: Promise<{ locale: string; id: string; line: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getDictionary(locale).review.formTitle, robots: { index: false } }
}

/** 评价 one line of the shopper's own order; a line that may not be reviewed (not shipped, reviewed already, not theirs) is a 404. */
export default async function ReviewLinePage({ params }: Props) {
  const { locale, id, line } = await params
  if (!isLocale(locale)) notFound()
  const orderId = decodeSegment(id)
  const orderPath = localizedHref(locale, `/account/orders/${orderId}`)
  if (!(await getAuthToken())) redirect(`${localizedHref(locale, "/account/login")}?next=${encodeURIComponent(`${orderPath}/review/${line}`)}`)
  const reviews = await getOrderReviews(orderId)
  const target = reviews?.lines.find((l) => l.line_item_id === decodeSegment(line))
  if (!target?.reviewable) notFound()
  const dict = getDictionary(locale).review
  return (
    <OrderSubpage
      backHref={orderPath}
      backLabel={dict.back}
      title={dict.formTitle}
      above={
        <div className="mt-4 flex items-center gap-3 rounded-xl bg-earth-50 p-3">
          <img src={resolveImageUrl(target.thumbnail)} alt="" width={56} height={56} className="h-14 w-14 rounded-lg bg-white" />
          <p className="text-sm font-medium text-earth-900">{[target.title, target.variant_title].filter(Boolean).join(" · ")}</p>
        </div>
      }
    >
      <ClientStrings locale={locale} pick={REVIEW_FORM_STRINGS}><ReviewForm locale={locale} orderId={orderId} lineItemId={target.line_item_id} /></ClientStrings>
    </OrderSubpage>
  )
}
