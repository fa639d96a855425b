import type { Locale } from "@fupin/shared"
import { supplierPortalEn } from "./en"
import { supplierPortalZh, type SupplierPortalDictionary } from "./zh"

export type { SupplierPortalDictionary }

const dictionaries: Record<Locale, SupplierPortalDictionary> = { zh: supplierPortalZh, en: supplierPortalEn }

/** The producer portal's UI strings for a locale (server and client components alike). */
export function getPortalDictionary(locale: Locale): SupplierPortalDictionary {
  return dictionaries[locale]
}
