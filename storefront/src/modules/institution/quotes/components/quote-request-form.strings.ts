import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings quote-request-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const QUOTE_REQUEST_FORM_STRINGS = [
  "institutionQuotes.ask",
  "institutionQuotes.askHint",
  "institutionQuotes.askNote",
  "institutionQuotes.askNotePlaceholder",
  "institutionQuotes.asking",
  "institutionQuotes.viewQuote",
] as const satisfies readonly MessagePath[]
