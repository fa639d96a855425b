import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings listing-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const LISTING_FORM_STRINGS = [
  "supplierPortal.common.saving",
  "supplierPortal.listings.addVariant",
  "supplierPortal.listings.editTitle",
  "supplierPortal.listings.fields.category",
  "supplierPortal.listings.fields.chooseCategory",
  "supplierPortal.listings.fields.description",
  "supplierPortal.listings.fields.images",
  "supplierPortal.listings.fields.imagesHint",
  "supplierPortal.listings.fields.pack",
  "supplierPortal.listings.fields.packHint",
  "supplierPortal.listings.fields.price",
  "supplierPortal.listings.fields.stock",
  "supplierPortal.listings.fields.title",
  "supplierPortal.listings.fields.titleHint",
  "supplierPortal.listings.fields.variants",
  "supplierPortal.listings.fields.weight",
  "supplierPortal.listings.newTitle",
  "supplierPortal.listings.removeVariant",
  "supplierPortal.listings.saveChanges",
  "supplierPortal.listings.submitNew",
  "supplierPortal.upload",
] as const satisfies readonly MessagePath[]
