import { KUNMING_TIME_ZONE } from "@fupin/shared"
import type { Locale, StoreProductReviewsResponse } from "@fupin/shared"
import { getDictionary, interpolate, plural } from "@/lib/i18n"
import { Stars } from "./stars"

const formatDay = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", { dateStyle: "medium", timeZone: KUNMING_TIME_ZONE }).format(new Date(iso))

/** Under the price: the average, how many reviews and 已售 N 件. */
export function ReviewSummaryLine({ reviews, locale }: { reviews: StoreProductReviewsResponse; locale: Locale }) {
  const dict = getDictionary(locale).review
  const { summary } = reviews
  return (
    <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-earth-700" data-testid="review-summary-line">
      {summary.average !== null ? (
        <a href="#product-reviews" className="inline-flex items-center gap-1.5 hover:text-brand-700">
          <Stars rating={summary.average} label={interpolate(dict.starsLabel, { rating: String(summary.average) })} />
          <span className="font-semibold text-earth-900">{summary.average.toFixed(1)}</span>
          <span>{plural(dict.count, summary.count, locale)}</span>
        </a>
      ) : null}
      <span data-testid="sold-quantity">{interpolate(dict.sold, { count: String(reviews.sold_quantity) })}</span>
    </p>
  )
}

/** 商品评价: the approved reviews with their photos, the average and how many of each star. */
export function ProductReviews({ reviews, locale }: { reviews: StoreProductReviewsResponse; locale: Locale }) {
  const dict = getDictionary(locale).review
  const { summary } = reviews
  return (
    <section id="product-reviews" aria-labelledby="product-reviews-title" className="mt-6 rounded-2xl bg-white p-5 ring-1 ring-earth-100 sm:p-8" data-testid="product-reviews">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="product-reviews-title" className="text-lg font-bold text-earth-900">
          {dict.heading}
          <span className="ml-2 text-sm font-normal text-earth-600">{plural(dict.count, summary.count, locale)}</span>
        </h2>
      </div>
      {summary.average !== null ? (
        <div className="mt-3 flex flex-wrap items-center gap-6">
          <div className="text-center">
            <p className="text-4xl font-bold text-earth-900" data-testid="review-average">
              {summary.average.toFixed(1)}
            </p>
            <Stars rating={summary.average} label={interpolate(dict.starsLabel, { rating: String(summary.average) })} size="text-lg" />
          </div>
          <ul className="min-w-40 flex-1 space-y-1 text-xs text-earth-700">
            {([5, 4, 3, 2, 1] as const).map((star) => {
              const n = summary.by_rating[String(star) as "1"]
              return (
                <li key={star} className="flex items-center gap-2">
                  <span className="w-8 shrink-0">{interpolate(dict.starRow, { rating: String(star) })}</span>
                  <span className="h-2 flex-1 overflow-hidden rounded-full bg-earth-100" aria-hidden="true">
                    <span className="block h-full rounded-full bg-gold-500" style={{ width: `${summary.count ? (n / summary.count) * 100 : 0}%` }} />
                  </span>
                  <span className="w-6 text-right tabular-nums">{n}</span>
                </li>
              )
            })}
          </ul>
        </div>
      ) : null}
      {reviews.reviews.length ? (
        <ul className="mt-4 divide-y divide-earth-100">
          {reviews.reviews.map((r) => (
            <li key={r.id} className="py-4" data-testid="product-review">
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                <span className="font-semibold text-earth-900">{r.display_name}</span>
                <span className="rounded bg-emerald-50 px-1.5 py-0.5 text-xs text-emerald-800">{dict.verified}</span>
                <Stars rating={r.rating} label={interpolate(dict.starsLabel, { rating: String(r.rating) })} size="text-sm" />
              </div>
              <p className="mt-0.5 text-xs text-earth-600">
                {formatDay(r.created_at, locale)}
                {r.variant_title ? ` · ${r.variant_title}` : ""}
              </p>
              <p className="mt-2 whitespace-pre-line text-[15px] leading-relaxed text-earth-800">{r.text}</p>
              {r.photos.length ? (
                <ul className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-6">
                  {r.photos.map((p, i) => (
                    <li key={p.url}>
                      <a href={p.url} target="_blank" rel="noreferrer">
                        <img
                          src={p.url}
                          alt={interpolate(dict.photoAlt, { n: String(i + 1) })}
                          loading="lazy"
                          decoding="async"
                          className="aspect-square w-full rounded-lg bg-earth-50 object-cover ring-1 ring-earth-100"
                        />
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-earth-600">{dict.none}</p>
      )}
      {reviews.reviews.length ? <p className="mt-2 text-xs text-earth-600">{dict.note}</p> : null}
    </section>
  )
}
