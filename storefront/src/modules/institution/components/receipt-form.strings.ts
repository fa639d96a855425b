import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings receipt-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const RECEIPT_FORM_STRINGS = [
  "institution.receiptDamaged",
  "institution.receiptDecision",
  "institution.receiptLineProduct",
  "institution.receiptNote",
  "institution.receiptPhoto",
  "institution.receiptReceived",
  "institution.receiptShipped",
  "institution.receiptSubmit",
  "institution.receiptSubmitting",
  "supplierPortal.upload",
] as const satisfies readonly MessagePath[]
