import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings stripe-checkout.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const STRIPE_CHECKOUT_STRINGS = [
  "checkout.completeOrder",
  "checkout.editCart",
  "checkout.placeOrder",
  "checkout.placing",
  "checkout.stripeConfirming",
  "checkout.stripeFailed",
  "checkout.stripeLoading",
  "checkout.stripeProcessing",
  "checkout.stripeReturned",
  "checkout.stripeSecure",
] as const satisfies readonly MessagePath[]
