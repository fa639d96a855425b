import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { supplierActions, type SupplierAction, type SupplierStatus } from "@fupin/shared"
import { actionRoute } from "../../../lib/http/action-route"
import { GEOGRAPHY_MODULE } from "../../../modules/geography"
import type GeographyModuleService from "../../../modules/geography/service"
import { supplierReviewWorkflows } from "../../../workflows/supplier/review-supplier"
import type { AdminReviewSupplierType } from "./validators"

export const ADMIN_SUPPLIER_LIST_FIELDS = [
  "id",
  "legal_name",
  "credit_code",
  "type",
  "is_key",
  "county_handle",
  "township_id",
  "village_id",
  "contact_name",
  "contact_phone",
  "description",
  "status",
  "reviewed_by",
  "reviewed_at",
  "review_note",
  "households_bound",
  "people_bound",
  "mechanisms",
  "employees",
  "demo",
  "linkage_note",
  "documents",
  "applied_at",
  "auto_approve",
  "created_at",
  "updated_at",
]

export const ADMIN_SUPPLIER_FIELDS = [
  ...ADMIN_SUPPLIER_LIST_FIELDS,
  "organic_certificates.*",
  "supply_demand_file.*",
  "products.id",
  "products.handle",
  "products.title",
  "products.status",
]

type Placed = { county_handle?: string; township_id?: string | null; village_id?: string | null; status?: string }

/**
 * Adds the names of each supplier's county, township and village (the admin
 * shows names, the data keeps ids) and the review actions open to it now.
 */
export async function withPlaceAndActions<T extends Placed>(scope: MedusaContainer, suppliers: T[]) {
  const geo = scope.resolve<GeographyModuleService>(GEOGRAPHY_MODULE)
  const ids = (key: "township_id" | "village_id") => [...new Set(suppliers.map((s) => s[key]).filter((v): v is string => !!v))]
  const [counties, townships, villages] = await Promise.all([
    geo.listCounties({}, { take: null, select: ["handle", "name_zh"] }),
    ids("township_id").length ? geo.listTownships({ id: ids("township_id") }, { take: null, select: ["id", "name"] }) : [],
    ids("village_id").length ? geo.listVillages({ id: ids("village_id") }, { take: null, select: ["id", "name"] }) : [],
  ])
  return suppliers.map((s) => ({
    ...s,
    county_name: counties.find((c) => c.handle === s.county_handle)?.name_zh ?? null,
    township_name: townships.find((t) => t.id === s.township_id)?.name ?? null,
    village_name: villages.find((v) => v.id === s.village_id)?.name ?? null,
    ...(s.status ? { actions: supplierActions(s.status as SupplierStatus) } : {}),
  }))
}

/** Re-reads a supplier after a write, with place names and open actions; 404 when it does not exist. */
export async function refetchSupplier(scope: MedusaContainer, id: string, fields: string[] = ADMIN_SUPPLIER_FIELDS) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "supplier", fields, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Supplier with id: ${id} was not found`)
  const [supplier] = await withPlaceAndActions(scope, data as Placed[])
  return supplier as (typeof data)[number] & NonNullable<typeof supplier>
}

/** POST /admin/suppliers/:id/{approve,reject,suspend,reinstate}: the review workflow; 404 when the supplier does not exist. */
export function supplierActionRoute(action: SupplierAction) {
  return actionRoute({
    workflow: supplierReviewWorkflows[action],
    input: (body: AdminReviewSupplierType, { id, actor_id }) => ({ id, actor_id: actor_id ?? null, note: body.note ?? null }),
    key: "supplier",
    refetch: refetchSupplier,
  })
}
