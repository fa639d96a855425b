import Link from "next/link"
import type { Locale, StoreOrderReviewsResponse } from "@fupin/shared"
import { getDictionary, interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { resolveImageUrl } from "@/lib/util/product"
import { Stars } from "./stars"

/** 评价商品 on the shopper's order page: per line, 评价 once it shipped, or where its review stands. */
export function OrderReviews({ orderId, reviews, locale }: { orderId: string; reviews: StoreOrderReviewsResponse; locale: Locale }) {
  const dict = getDictionary(locale).review
  return (
    <section aria-labelledby="order-reviews-title" className="rounded-2xl bg-white p-4 ring-1 ring-earth-100 sm:p-6" data-testid="order-reviews">
      <h2 id="order-reviews-title" className="text-base font-bold text-earth-900">
        {dict.orderHeading}
      </h2>
      <p className="mt-1 text-sm text-earth-600">{dict.orderIntro}</p>
      <ul className="mt-3 divide-y divide-earth-100">
        {reviews.lines.map((line) => {
          const name = [line.title, line.variant_title].filter(Boolean).join(" · ")
          return (
            <li key={line.line_item_id} className="flex items-center gap-3 py-3" data-testid="order-review-line">
              <img src={resolveImageUrl(line.thumbnail)} alt="" width={48} height={48} loading="lazy" className="h-12 w-12 rounded-lg bg-earth-50" />
              <div className="min-w-0 flex-1 text-sm">
                <p className="font-medium text-earth-900">{name}</p>
                {line.review ? (
                  <>
                    <p className="mt-0.5 flex items-center gap-2 text-earth-700">
                      <Stars rating={line.review.rating} label={interpolate(dict.starsLabel, { rating: String(line.review.rating) })} size="text-sm" />
                      <span data-testid="order-review-status">{dict.status[line.review.status]}</span>
                    </p>
                    {line.review.status === "rejected" && line.review.moderator_note ? (
                      <p className="mt-0.5 text-brand-700">{interpolate(dict.rejectedBecause, { note: line.review.moderator_note })}</p>
                    ) : null}
                  </>
                ) : !line.reviewable ? (
                  <p className="mt-0.5 text-earth-600">{dict.notYet}</p>
                ) : null}
              </div>
              {line.reviewable ? (
                <Link
                  href={localizedHref(locale, `/account/orders/${orderId}/review/${line.line_item_id}`)}
                  aria-label={interpolate(dict.writeLabel, { title: name })}
                  className="inline-flex min-h-11 shrink-0 items-center rounded-full bg-brand-600 px-5 text-sm font-semibold text-white hover:bg-brand-700"
                >
                  {dict.write}
                </Link>
              ) : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
