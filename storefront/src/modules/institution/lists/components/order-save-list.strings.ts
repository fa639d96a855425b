import type { MessagePath } from "@/lib/i18n/messages"
import { SAVED_NOTE_STRINGS } from "./saved-note.strings"

/** The UI strings order-save-list.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const ORDER_SAVE_LIST_STRINGS = [
  ...SAVED_NOTE_STRINGS,
  "institutionLists.saveAs",
  "institutionLists.saveName",
  "institutionLists.saving",
] as const satisfies readonly MessagePath[]
