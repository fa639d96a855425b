import Link from "next/link"
import { type Locale, type StoreProductSupplier, SUPPLIER_TYPE_LABELS, type SupplierType } from "@fupin/shared"
import { getDictionary, interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"

export function supplierHref(locale: Locale, id: string): string {
  return localizedHref(locale, `/suppliers/${encodeURIComponent(id)}`)
}

export function supplierTypeLabel(type: string, locale: Locale): string {
  return type in SUPPLIER_TYPE_LABELS ? SUPPLIER_TYPE_LABELS[type as SupplierType][locale] : type
}

/** Who made the product and how many households it is linked to, with a link to the profile. */
export function SupplierCard({ supplier, locale }: { supplier: StoreProductSupplier; locale: Locale }) {
  const dict = getDictionary(locale)
  return (
    <section aria-labelledby="product-supplier" className="mt-5 rounded-xl bg-white p-4 ring-1 ring-earth-100">
      <h2 id="product-supplier" className="text-sm font-semibold text-earth-600">
        {dict.supplier.profile}
      </h2>
      <p className="mt-1 font-semibold text-earth-900">{supplier.legal_name}</p>
      <p className="text-xs text-earth-600">{supplierTypeLabel(supplier.type, locale)}</p>
      {supplier.households_bound > 0 ? (
        <p className="mt-2 text-sm text-earth-800">
          <span aria-hidden="true" className="mr-1 text-brand-600">
            ♥
          </span>
          {interpolate(dict.supplier.linkedHouseholds, { count: String(supplier.households_bound) })}
        </p>
      ) : null}
      <Link href={supplierHref(locale, supplier.id)} className="mt-3 inline-block text-sm font-semibold text-brand-700 underline underline-offset-4">
        {dict.supplier.view}
      </Link>
    </section>
  )
}
