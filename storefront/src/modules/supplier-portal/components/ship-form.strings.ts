import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings ship-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const SHIP_FORM_STRINGS = [
  "supplierPortal.common.submitting",
  "supplierPortal.orders.carrier",
  "supplierPortal.orders.carrierHint",
  "supplierPortal.orders.chooseStation",
  "supplierPortal.orders.lot",
  "supplierPortal.orders.lotHint",
  "supplierPortal.orders.method",
  "supplierPortal.orders.methodCarrier",
  "supplierPortal.orders.methodStation",
  "supplierPortal.orders.quantity",
  "supplierPortal.orders.shipSubmit",
  "supplierPortal.orders.station",
  "supplierPortal.orders.tracking",
  "supplierPortal.orders.village",
  "supplierPortal.orders.villageHint",
] as const satisfies readonly MessagePath[]
