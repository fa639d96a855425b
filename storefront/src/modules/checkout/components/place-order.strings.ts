import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings place-order.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const PLACE_ORDER_STRINGS = [
  "checkout.editCart",
  "checkout.placeOrder",
  "checkout.placing",
] as const satisfies readonly MessagePath[]
