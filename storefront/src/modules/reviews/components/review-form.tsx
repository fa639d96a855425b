"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { type Locale, REVIEW_PHOTOS_MAX, REVIEW_TEXT_MAX, REVIEW_TEXT_MIN } from "@fupin/shared"
import { type ReviewFormState, submitReview } from "@/lib/actions/reviews"
import { buttonPrimary, FormMessage } from "@/modules/common/components/field"
import { UploadField } from "@/modules/common/components/upload-field"

const EMPTY: ReviewFormState = { error: null, fields: {}, values: {} }

/** A field's hint (`<id>-hint`) and, after a failed submit, its error (`<id>-error`), for aria-describedby. */
function HintAndError({ id, hint, error }: { id: string; hint: string; error: string | undefined }) {
  return (
    <>
      <p id={`${id}-hint`} className="mt-1 text-xs text-earth-600">{hint}</p>
      {error ? <p id={`${id}-error`} className="mt-1 text-sm font-medium text-brand-700">{error}</p> : null}
    </>
  )
}

/** 评价 one shipped line: stars (big enough for a thumb), a few words and up to six photos. */
export function ReviewForm({ locale, orderId, lineItemId }: { locale: Locale; orderId: string; lineItemId: string }) {
  const t = useTranslations("review")
  const [state, action, pending] = useActionState(submitReview, EMPTY)
  return (
    <form action={action} className="space-y-5" noValidate data-testid="review-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="line_item_id" value={lineItemId} />
      <FormMessage error={state.error} />
      <fieldset aria-describedby={state.fields.rating ? "review-rating-error" : "review-rating-hint"}>
        <legend className="text-sm font-semibold text-earth-900">{t("rating")}</legend>
        {/* row-reverse: a checked star and every star after it in the DOM (before it on screen) light up */}
        <div className="mt-1 flex w-fit flex-row-reverse justify-end gap-1 [&>label:has(input:checked)~label]:text-gold-500 [&>label:has(input:checked)]:text-gold-500">
          {[5, 4, 3, 2, 1].map((n) => (
            <label key={n} className="relative flex h-12 w-12 cursor-pointer items-center justify-center text-4xl text-earth-200 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-300">
              <input type="radio" name="rating" value={n} defaultChecked={state.values.rating === String(n)} className="absolute inset-0 cursor-pointer opacity-0" />
              <span aria-hidden="true">★</span>
              <span className="sr-only">{t("starsLabel", { rating: String(n) })}</span>
            </label>
          ))}
        </div>
        <HintAndError id="review-rating" hint={t("ratingHint")} error={state.fields.rating} />
      </fieldset>
      <div>
        <label htmlFor="review-text" className="block text-sm font-semibold text-earth-900">{t("text")}</label>
        <textarea id="review-text" name="text" rows={5} maxLength={REVIEW_TEXT_MAX} defaultValue={state.values.text ?? ""}
          aria-invalid={state.fields.text ? true : undefined}
          aria-describedby={state.fields.text ? "review-text-error" : "review-text-hint"}
          className="mt-1 block w-full rounded-lg border border-earth-200 bg-white px-3 py-2 text-base focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"
        />
        <HintAndError id="review-text" hint={t("textHint", { min: String(REVIEW_TEXT_MIN), max: String(REVIEW_TEXT_MAX) })} error={state.fields.text} />
      </div>
      <UploadField
        name="photos"
        label={t("photos", { max: String(REVIEW_PHOTOS_MAX) })}
        kind="images"
        strings="review.upload"
        max={REVIEW_PHOTOS_MAX}
        endpoint="/api/reviews/uploads"
        error={state.fields.photos}
      />
      <button type="submit" disabled={pending} className={buttonPrimary + " w-full"}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  )
}
