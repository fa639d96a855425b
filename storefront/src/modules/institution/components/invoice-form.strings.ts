import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings invoice-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const INVOICE_FORM_STRINGS = [
  "institution.invoice.account",
  "institution.invoice.address",
  "institution.invoice.bank",
  "institution.invoice.phone",
  "institution.invoice.save",
  "institution.invoice.saving",
  "institution.invoice.taxId",
  "institution.invoice.taxIdHint",
  "institution.invoice.title",
] as const satisfies readonly MessagePath[]
