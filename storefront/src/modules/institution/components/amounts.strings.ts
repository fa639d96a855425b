import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings amounts.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const AMOUNTS_STRINGS = [
  "institution.amountGoods",
  "institution.amountPending",
  "institution.amountShipping",
  "institution.amountTotal",
] as const satisfies readonly MessagePath[]
