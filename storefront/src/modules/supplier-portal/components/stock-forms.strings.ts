import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings stock-forms.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const STOCK_FORMS_STRINGS = [
  "supplierPortal.common.submitting",
  "supplierPortal.stock.file",
  "supplierPortal.stock.newQuantity",
  "supplierPortal.stock.report",
  "supplierPortal.stock.result",
  "supplierPortal.stock.row",
  "supplierPortal.stock.rowOk",
  "supplierPortal.stock.save",
  "supplierPortal.stock.thresholdLabel",
  "supplierPortal.stock.thresholdSave",
  "supplierPortal.stock.upload",
] as const satisfies readonly MessagePath[]
