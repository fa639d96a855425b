import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings quote-decide-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const QUOTE_DECIDE_FORM_STRINGS = [
  "institutionQuotes.accept",
  "institutionQuotes.accepting",
  "institutionQuotes.decline",
  "institutionQuotes.declineConfirm",
  "institutionQuotes.declineNoteLabel",
] as const satisfies readonly MessagePath[]
