import type { MessagePath } from "@/lib/i18n/messages"
import { SAVED_NOTE_STRINGS } from "./saved-note.strings"

/** The UI strings save-list-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const SAVE_LIST_FORM_STRINGS = [
  ...SAVED_NOTE_STRINGS,
  "institutionLists.replace",
  "institutionLists.saveAs",
  "institutionLists.saveButton",
  "institutionLists.saveName",
  "institutionLists.saveNamePlaceholder",
  "institutionLists.saveNew",
  "institutionLists.saveTarget",
  "institutionLists.saving",
] as const satisfies readonly MessagePath[]
