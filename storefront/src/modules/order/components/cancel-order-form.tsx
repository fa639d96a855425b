"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { SHOPPER_CANCEL_REASON_LABELS, SHOPPER_CANCEL_REASONS, type Locale } from "@fupin/shared"
import { cancelOrder, type CancelFormState } from "@/lib/actions/orders"
import { buttonSecondary, FormMessage } from "@/modules/common/components/field"

const EMPTY: CancelFormState = { error: null, fields: {}, values: {} }

/**
 * 取消订单, folded away so nobody cancels by a slip of the thumb: a reason (required) and a
 * note, then one confirm. Shown only while nothing of the order is packed or shipped.
 */
export function CancelOrderForm({ locale, orderId }: { locale: Locale; orderId: string }) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState(cancelOrder, EMPTY)
  const reasonError = state.fields.reason
  return (
    <details className="rounded-xl bg-earth-50 p-4" open={!!(state.error || reasonError)} data-testid="cancel-order">
      <summary className="min-h-10 cursor-pointer text-base font-semibold text-brand-700">{t("cancelTitle")}</summary>
      <form action={action} className="mt-3 space-y-3" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="order_id" value={orderId} />
        <p className="text-sm text-earth-700">{t("cancelIntro")}</p>
        <FormMessage error={state.error} />
        <fieldset aria-describedby={reasonError ? "cancel-reason-error" : undefined}>
          <legend className="text-sm font-semibold text-earth-900">{t("cancelReason")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {SHOPPER_CANCEL_REASONS.map((r) => (
              <label key={r} className="flex min-h-11 items-center gap-2 rounded-lg bg-white px-3 ring-1 ring-earth-200">
                <input type="radio" name="reason" value={r} defaultChecked={state.values.reason === r} className="h-4 w-4 accent-brand-600" />
                <span className="text-sm text-earth-900">{SHOPPER_CANCEL_REASON_LABELS[r][locale]}</span>
              </label>
            ))}
          </div>
          {reasonError ? (
            <p id="cancel-reason-error" className="mt-1 text-sm font-medium text-brand-700">
              {reasonError}
            </p>
          ) : null}
        </fieldset>
        <label className="block text-sm font-semibold text-earth-900">
          {t("cancelNote")}
          <textarea
            name="note"
            maxLength={200}
            rows={2}
            defaultValue={state.values.note ?? ""}
            className="mt-1 block w-full rounded-lg border border-earth-200 bg-white px-3 py-2 text-base font-normal"
          />
        </label>
        <button type="submit" disabled={pending} className={buttonSecondary + " min-h-11 w-full text-brand-800"}>
          {pending ? t("cancelling") : t("cancelSubmit")}
        </button>
      </form>
    </details>
  )
}
