import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings address-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const ADDRESS_FORM_STRINGS = [
  "checkout.chooseRegion",
  "checkout.city",
  "checkout.detail",
  "checkout.detailHint",
  "checkout.district",
  "checkout.email",
  "checkout.emailGuestHint",
  "checkout.emailOptionalHint",
  "checkout.mobile",
  "checkout.mobileHint",
  "checkout.name",
  "checkout.postalCode",
  "checkout.province",
  "checkout.saveAndContinue",
  "checkout.saveToAddressBook",
  "checkout.saving",
] as const satisfies readonly MessagePath[]
