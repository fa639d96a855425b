import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings delivery-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const DELIVERY_FORM_STRINGS = [
  "checkout.choose",
  "checkout.free",
  "checkout.homeDelivery",
  "checkout.homeDeliveryBody",
  "checkout.loadingStations",
  "checkout.noStations",
  "checkout.openingHours",
  "checkout.pickup",
  "checkout.pickupBody",
  "checkout.pickupCounty",
  "checkout.pickupStation",
  "checkout.pickupTownship",
  "checkout.saveAndContinue",
  "checkout.saving",
  "checkout.stepDelivery",
] as const satisfies readonly MessagePath[]
