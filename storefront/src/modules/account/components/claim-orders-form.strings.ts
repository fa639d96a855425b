import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings claim-orders-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const CLAIM_ORDERS_FORM_STRINGS = [
  "account.claimEmail",
  "account.claimIntro",
  "account.claimSubmit",
  "account.submitting",
] as const satisfies readonly MessagePath[]
