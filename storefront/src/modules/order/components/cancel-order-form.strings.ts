import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings cancel-order-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const CANCEL_ORDER_FORM_STRINGS = [
  "account.cancelIntro",
  "account.cancelNote",
  "account.cancelReason",
  "account.cancelSubmit",
  "account.cancelTitle",
  "account.cancelling",
] as const satisfies readonly MessagePath[]
