import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings list-card.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const LIST_CARD_STRINGS = [
  "institutionLists.lines",
  "institutionLists.remove",
  "institutionLists.removeConfirm",
  "institutionLists.rename",
  "institutionLists.renameLabel",
  "institutionLists.savedBy",
  "institutionLists.use",
] as const satisfies readonly MessagePath[]
