import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings payment-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const PAYMENT_FORM_STRINGS = [
  "checkout.alipay",
  "checkout.alipayBody",
  "checkout.demoPayment",
  "checkout.demoPaymentBody",
  "checkout.saveAndContinue",
  "checkout.saving",
  "checkout.stepPayment",
  "checkout.stripeCard",
  "checkout.stripeCardBody",
  "checkout.wechatPay",
  "checkout.wechatPayBody",
] as const satisfies readonly MessagePath[]
