import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings pad-grid.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const PAD_GRID_STRINGS = [
  "institution.colCounty",
  "institution.colPack",
  "institution.colPrice",
  "institution.colProduct",
  "institution.colQuantity",
  "institution.colTotal",
  "institution.colVariant",
  "institution.linesEmpty",
  "institution.notSellable",
  "institution.packInfo",
  "institution.priceBreak",
  "institution.qtyBelowMin",
  "institution.qtyNotNumber",
  "institution.qtyOverStock",
  "institution.qtyPackMultiple",
  "institution.quantityFor",
  "institution.remove",
  "institution.stockInfo",
] as const satisfies readonly MessagePath[]
