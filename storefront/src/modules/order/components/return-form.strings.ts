import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings return-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const RETURN_FORM_STRINGS = [
  "afterSale.chooseReason",
  "afterSale.linesHint",
  "afterSale.linesLegend",
  "afterSale.note",
  "afterSale.noteHint",
  "afterSale.photos",
  "afterSale.quantityOf",
  "afterSale.reason",
  "afterSale.submit",
  "afterSale.submitting",
  "afterSale.upTo",
  "afterSale.upload",
] as const satisfies readonly MessagePath[]
