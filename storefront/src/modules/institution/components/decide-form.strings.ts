import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings decide-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const DECIDE_FORM_STRINGS = [
  "institution.approve",
  "institution.deciding",
  "institution.note",
  "institution.noteHint",
  "institution.reject",
] as const satisfies readonly MessagePath[]
