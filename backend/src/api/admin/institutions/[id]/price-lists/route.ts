import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { AdminInstitutionPriceListsResponse } from "@fupin/shared"
import { ALL_INSTITUTIONS_GROUP_NAME, CUSTOMER_GROUP_RULE } from "../../../../../lib/institution/price-groups"

/**
 * GET /admin/institutions/:id/price-lists: the Medusa price lists that apply
 * to this institution's members, i.e. whose customer-group rule names its own
 * customer group or 机构采购客户; the operator edits them in 价格列表.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminInstitutionPriceListsResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "institution", fields: ["id", "customer_group.id", "customer_group.name"], filters: { id: req.params.id! } })
  const institution = data[0] as unknown as { id: string; customer_group?: { id: string; name: string | null } | null } | undefined
  if (!institution) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Institution with id: ${req.params.id} was not found`)
  const [all] = await req.scope.resolve(Modules.CUSTOMER).listCustomerGroups({ name: ALL_INSTITUTIONS_GROUP_NAME }, { take: 1 })
  const groups: AdminInstitutionPriceListsResponse["customer_groups"] = [
    ...(institution.customer_group ? [{ id: institution.customer_group.id, name: institution.customer_group.name, scope: "institution" as const }] : []),
    ...(all ? [{ id: all.id, name: all.name ?? null, scope: "all_institutions" as const }] : []),
  ]
  const pricing = req.scope.resolve(Modules.PRICING)
  const rules = (await pricing.listPriceListRules({}, { select: ["price_list_id", "attribute", "value"], take: null })).filter((r) => r.attribute === CUSTOMER_GROUP_RULE)
  const scopeOf = new Map<string, "institution" | "all_institutions">()
  for (const rule of rules as Array<{ price_list_id?: string | null; value?: unknown }>) {
    const values = (Array.isArray(rule.value) ? rule.value : [rule.value]).map(String)
    const match = groups.find((g) => values.includes(g.id))
    if (rule.price_list_id && match && scopeOf.get(rule.price_list_id) !== "institution") scopeOf.set(rule.price_list_id, match.scope)
  }
  const lists = scopeOf.size
    ? await pricing.listPriceLists({ id: [...scopeOf.keys()] }, { relations: ["prices"], take: null, order: { created_at: "ASC" } })
    : []
  res.json({
    customer_groups: groups,
    price_lists: lists.map((l) => ({
      id: l.id,
      title: l.title ?? "",
      status: String(l.status),
      type: String(l.type),
      starts_at: l.starts_at ? new Date(l.starts_at).toISOString() : null,
      ends_at: l.ends_at ? new Date(l.ends_at).toISOString() : null,
      scope: scopeOf.get(l.id)!,
      prices_count: l.prices?.length ?? 0,
    })),
  })
}
