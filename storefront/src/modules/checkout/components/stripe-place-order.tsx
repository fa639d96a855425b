"use client"

import dynamic from "next/dynamic"
import type { StripeCheckoutProps } from "./stripe-checkout"

/**
 * Loads the Stripe branch (Stripe.js, Elements) in its own chunk, in the browser only and
 * only when a Stripe payment session is being paid: the demo payment never fetches it.
 */
const StripeCheckout = dynamic(() => import("./stripe-checkout"), {
  ssr: false,
  loading: () => <p aria-busy="true" className="h-24 animate-pulse rounded-xl bg-earth-50" />,
})

export function StripePlaceOrder(props: StripeCheckoutProps) {
  return <StripeCheckout {...props} />
}
