import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings pad-search.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const PAD_SEARCH_STRINGS = [
  "institution.add",
  "institution.added",
  "institution.notSellable",
  "institution.priceBreak",
  "institution.searchButton",
  "institution.searchFailed",
  "institution.searchLabel",
  "institution.searchNone",
  "institution.searchPlaceholder",
  "institution.searching",
  "institution.stockInfo",
] as const satisfies readonly MessagePath[]
