import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings saved-note.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const SAVED_NOTE_STRINGS = [
  "institutionLists.viewLists",
] as const satisfies readonly MessagePath[]
