"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import { PAYMENT_PROVIDER_IDS, type Locale } from "@fupin/shared"
import type { FormState } from "@/lib/actions/account"
import { savePayment } from "@/lib/actions/checkout"
import { buttonPrimary, FormMessage } from "@/modules/common/components/field"
import { initialProvider, selectableProviders } from "../lib/stripe-payment"

/**
 * Step 3. Without Stripe keys the backend offers only its system provider, shown as a
 * clearly labelled demo payment. With NEXT_PUBLIC_STRIPE_KEY set and Stripe providers
 * enabled, card / Alipay / WeChat Pay are offered too: saving creates the provider's payment
 * session, and the review step shows Stripe's Payment Element for it.
 */
export function PaymentForm({
  providers,
  stripeEnabled,
  current,
  locale,
}: {
  providers: string[]
  stripeEnabled: boolean
  current: string | null
  locale: Locale
}) {
  const t = useTranslations("checkout")
  const [state, action, pending] = useActionState<FormState, FormData>(savePayment, { error: null, fields: {}, values: {} })
  const selectable = selectableProviders(providers, stripeEnabled)
  const [provider, setProvider] = useState<string>(initialProvider(current, selectable))
  const stripeOptions = [
    { id: PAYMENT_PROVIDER_IDS.stripeCard, label: t("stripeCard"), body: t("stripeCardBody") },
    { id: PAYMENT_PROVIDER_IDS.alipay, label: t("alipay"), body: t("alipayBody") },
    { id: PAYMENT_PROVIDER_IDS.wechatPay, label: t("wechatPay"), body: t("wechatPayBody") },
  ].filter((o) => selectable.includes(o.id))
  const error = state.fields.provider
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error} />
      <fieldset aria-describedby={error ? "payment-error" : undefined}>
        <legend className="sr-only">{t("stepPayment")}</legend>
        <div className="grid gap-3">
          {providers.includes(PAYMENT_PROVIDER_IDS.system) ? (
            <label
              className={
                "flex cursor-pointer items-start gap-3 rounded-xl border bg-white p-3 has-[:focus-visible]:ring-3 has-[:focus-visible]:ring-gold-500 " +
                (provider === PAYMENT_PROVIDER_IDS.system ? "border-brand-600 ring-1 ring-brand-600" : "border-earth-200")
              }
            >
              <input
                type="radio"
                name="provider"
                value={PAYMENT_PROVIDER_IDS.system}
                checked={provider === PAYMENT_PROVIDER_IDS.system}
                onChange={() => setProvider(PAYMENT_PROVIDER_IDS.system)}
                className="mt-1 h-4 w-4 accent-brand-600"
              />
              <span>
                <span className="flex items-center gap-2 font-semibold text-earth-900">
                  {t("demoPayment")}
                  <span className="rounded bg-gold-300 px-1.5 py-0.5 text-xs font-bold text-earth-900">DEMO</span>
                </span>
                <span className="block text-sm text-earth-600">{t("demoPaymentBody")}</span>
              </span>
            </label>
          ) : null}
          {stripeOptions.map((o) => (
            <label
              key={o.id}
              className={
                "flex cursor-pointer items-start gap-3 rounded-xl border bg-white p-3 has-[:focus-visible]:ring-3 has-[:focus-visible]:ring-gold-500 " +
                (provider === o.id ? "border-brand-600 ring-1 ring-brand-600" : "border-earth-200")
              }
            >
              <input
                type="radio"
                name="provider"
                value={o.id}
                checked={provider === o.id}
                onChange={() => setProvider(o.id)}
                className="mt-1 h-4 w-4 accent-brand-600"
              />
              <span>
                <span className="font-semibold text-earth-900">{o.label}</span>
                <span className="block text-sm text-earth-600">{o.body}</span>
              </span>
            </label>
          ))}
        </div>
        {error ? (
          <p id="payment-error" className="mt-1 text-sm font-medium text-brand-700">
            {error}
          </p>
        ) : null}
      </fieldset>
      <button type="submit" disabled={pending} className={buttonPrimary}>
        {pending ? t("saving") : t("saveAndContinue")}
      </button>
    </form>
  )
}
