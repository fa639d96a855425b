import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings issue-invoice-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const ISSUE_INVOICE_FORM_STRINGS = [
  "supplierPortal.invoices.date",
  "supplierPortal.invoices.number",
  "supplierPortal.invoices.save",
] as const satisfies readonly MessagePath[]
