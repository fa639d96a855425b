import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings invoice-requests.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const INVOICE_REQUESTS_STRINGS = [
  "institution.invoice.issuedLine",
  "institution.invoice.requestButton",
  "institution.invoice.requestsNone",
  "institution.invoice.requestsTitle",
] as const satisfies readonly MessagePath[]
