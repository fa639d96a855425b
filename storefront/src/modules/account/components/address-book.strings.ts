import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings address-book.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const ADDRESS_BOOK_STRINGS = [
  "account.addAddress",
  "account.saveAddress",
  "checkout.chooseRegion",
  "checkout.city",
  "checkout.detail",
  "checkout.detailHint",
  "checkout.district",
  "checkout.mobile",
  "checkout.mobileHint",
  "checkout.name",
  "checkout.province",
  "checkout.saving",
] as const satisfies readonly MessagePath[]
