import type { MedusaContainer } from "@medusajs/framework/types"
import { type LinkageMechanism, type StoreSupplier, SUPPLIER_PUBLIC_FIELDS, type SupplierType } from "@fupin/shared"
import { GEOGRAPHY_MODULE } from "../../../modules/geography"
import type GeographyModuleService from "../../../modules/geography/service"

/**
 * The only supplier fields the store reads. Contact name and phone, credit code,
 * review notes and village are private and never selected here.
 */
export const STORE_SUPPLIER_FIELDS = [
  ...SUPPLIER_PUBLIC_FIELDS,
  "organic_certificates.number",
  "organic_certificates.issuer",
  "organic_certificates.product_scope",
  "organic_certificates.expires_on",
  "products.id",
  "products.handle",
  "products.status",
]

type Row = {
  id: string
  legal_name: string
  type: string
  is_key: boolean
  county_handle: string
  township_id: string | null
  description: string | null
  households_bound: number
  people_bound: number
  mechanisms: Array<string | null> | null
  employees: number | null
  organic_certificates?: Array<{ number: string; issuer: string; product_scope: string; expires_on: Date | string | null } | null> | null
  products?: Array<{ id: string; handle: string; status: string } | null> | null
}

/** Shapes approved suppliers for the store, naming their county and township. */
export async function toStoreSuppliers(scope: MedusaContainer, rows: Row[]): Promise<StoreSupplier[]> {
  const geo = scope.resolve<GeographyModuleService>(GEOGRAPHY_MODULE)
  const handles = [...new Set(rows.map((r) => r.county_handle))]
  const townshipIds = [...new Set(rows.map((r) => r.township_id).filter((t): t is string => !!t))]
  const [counties, townships] = await Promise.all([
    handles.length ? geo.listCounties({ handle: handles }, { take: null }) : [],
    townshipIds.length ? geo.listTownships({ id: townshipIds }, { take: null }) : [],
  ])
  return rows.map((r) => ({
    id: r.id,
    legal_name: r.legal_name,
    type: r.type as SupplierType,
    is_key: r.is_key,
    county_handle: r.county_handle,
    county_name: counties.find((c) => c.handle === r.county_handle)?.name_zh ?? null,
    township_id: r.township_id,
    township_name: townships.find((t) => t.id === r.township_id)?.name ?? null,
    description: r.description,
    households_bound: r.households_bound,
    people_bound: r.people_bound,
    mechanisms: (r.mechanisms ?? []).filter((m): m is LinkageMechanism => !!m),
    employees: r.type === "workshop" ? r.employees : null,
    organic_certificates: (r.organic_certificates ?? [])
      .filter((c) => !!c)
      .map((c) => ({
        number: c.number,
        issuer: c.issuer,
        product_scope: c.product_scope,
        expires_on: c.expires_on ? new Date(c.expires_on).toISOString().slice(0, 10) : null,
      })),
    // Only what the store sells: drafts and unpublished products stay hidden.
    products: (r.products ?? []).filter((p) => p?.status === "published").map((p) => ({ id: p!.id, handle: p!.handle })),
  }))
}
