import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings line-quantity.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const LINE_QUANTITY_STRINGS = [
  "cart.atStockLimit",
  "cart.decrease",
  "cart.increase",
  "cart.quantity",
  "cart.remove",
  "cart.removeItem",
] as const satisfies readonly MessagePath[]
