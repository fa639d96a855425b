"use client"

import { useTranslations } from "next-intl"
import Link from "next/link"
import { useSearchParams } from "next/navigation"
import { startTransition, useActionState, useEffect, useMemo, useRef, useState, type FormEvent } from "react"
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
// The `pure` entry does not inject Stripe.js on import: only `loadStripe` below does.
import { loadStripe } from "@stripe/stripe-js/pure"
import type { Stripe } from "@stripe/stripe-js"
import type { Locale } from "@fupin/shared"
import type { FormState } from "@/lib/actions/account"
import { placeOrder } from "@/lib/actions/checkout"
import { localizedHref } from "@/lib/i18n/paths"
import { buttonPrimary, FormMessage } from "@/modules/common/components/field"
import { checkoutReturnUrl, intentNeedsConfirmation, parseStripeReturn, stripeLocale } from "../lib/stripe-payment"

export interface StripeCheckoutProps {
  publishableKey: string
  clientSecret: string
  paymentIntentId: string
  locale: Locale
}

const stripeByKey = new Map<string, Promise<Stripe | null>>()

/** One Stripe.js instance per publishable key, loaded on first use only. */
function stripeFor(publishableKey: string): Promise<Stripe | null> {
  let promise = stripeByKey.get(publishableKey)
  if (!promise) {
    promise = loadStripe(publishableKey)
    stripeByKey.set(publishableKey, promise)
  }
  return promise
}

/**
 * Step 4 with a Stripe payment session: Stripe's Payment Element for the session's payment
 * intent, then "place order" confirms the payment (card in place, WeChat Pay by QR code,
 * Alipay by redirect back to the review step) and completes the cart.
 */
export default function StripeCheckout(props: StripeCheckoutProps) {
  return (
    <Elements stripe={stripeFor(props.publishableKey)} options={{ clientSecret: props.clientSecret, locale: stripeLocale(props.locale) }}>
      <StripeCheckoutForm {...props} />
    </Elements>
  )
}

function StripeCheckoutForm({ clientSecret, paymentIntentId, locale }: StripeCheckoutProps) {
  const t = useTranslations("checkout")
  const stripe = useStripe()
  const elements = useElements()
  const searchParams = useSearchParams()
  const returned = useMemo(() => {
    const result = parseStripeReturn(searchParams)
    return result && result.paymentIntentId === paymentIntentId ? result : null
  }, [searchParams, paymentIntentId])

  const [state, action, placing] = useActionState<FormState, FormData>(placeOrder, { error: null, fields: {}, values: {} })
  const [stripeError, setStripeError] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [ready, setReady] = useState(false)
  const [paid, setPaid] = useState(returned !== null && returned.outcome !== "failed")
  const handledReturn = useRef(false)

  // Back from Stripe's redirect: complete the cart once when the payment went through,
  // otherwise show Stripe's reason and let the shopper try again.
  useEffect(() => {
    if (!returned || handledReturn.current) return
    if (returned.outcome !== "failed") {
      handledReturn.current = true
      const formData = new FormData()
      formData.set("locale", locale)
      startTransition(() => action(formData))
      return
    }
    if (!stripe) return
    handledReturn.current = true
    void stripe.retrievePaymentIntent(clientSecret).then(({ paymentIntent }) => {
      setStripeError(paymentIntent?.last_payment_error?.message ?? t("stripeFailed"))
    })
  }, [returned, stripe, clientSecret, locale, action, t("stripeFailed")])

  function complete() {
    setPaid(true)
    const formData = new FormData()
    formData.set("locale", locale)
    startTransition(() => action(formData))
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!stripe || !elements || confirming || placing) return
    setStripeError(null)
    setConfirming(true)
    try {
      // Already paid (e.g. an earlier attempt whose order was refused): only complete the cart.
      const { paymentIntent: current } = await stripe.retrievePaymentIntent(clientSecret)
      if (current && !intentNeedsConfirmation(current.status)) {
        complete()
        return
      }
      const result = await stripe.confirmPayment({
        elements,
        confirmParams: { return_url: checkoutReturnUrl(window.location.origin, locale) },
        redirect: "if_required",
      })
      if (result.error) {
        setStripeError(result.error.message ?? t("stripeFailed"))
        return
      }
      if (intentNeedsConfirmation(result.paymentIntent.status)) {
        setStripeError(result.paymentIntent.last_payment_error?.message ?? t("stripeFailed"))
        return
      }
      complete()
    } catch {
      setStripeError(t("stripeFailed"))
    } finally {
      setConfirming(false)
    }
  }

  const busy = confirming || placing
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <div data-testid="place-order-error" className="space-y-2">
        <FormMessage error={stripeError ?? state.error} />
        {state.error ? (
          <Link href={localizedHref(locale, "/cart")} className="inline-block text-sm font-semibold text-brand-700 underline underline-offset-4">
            {t("editCart")}
          </Link>
        ) : null}
      </div>
      {paid ? (
        state.error ? null : (
          <p role="status" className="text-sm text-earth-700">
            {returned?.outcome === "processing" ? t("stripeProcessing") : t("stripeReturned")}
          </p>
        )
      ) : (
        <div className="space-y-2">
          {!ready ? (
            <p role="status" className="text-sm text-earth-600">
              {t("stripeLoading")}
            </p>
          ) : null}
          <PaymentElement
            onReady={() => setReady(true)}
            onLoadError={(event) => setStripeError(event.error.message ?? t("stripeFailed"))}
          />
          <p className="text-xs text-earth-600">{t("stripeSecure")}</p>
        </div>
      )}
      <button type="submit" disabled={!stripe || !elements || busy} className={buttonPrimary + " w-full sm:w-auto"}>
        {confirming ? t("stripeConfirming") : placing ? t("placing") : paid ? t("completeOrder") : t("placeOrder")}
      </button>
    </form>
  )
}
