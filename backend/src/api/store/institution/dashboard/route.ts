import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import { beijingYearOf, type StoreInstitutionDashboardResponse } from "@fupin/shared"
import { purchaserBudget } from "../../../../lib/institution/budget"
import { institutionReservedShare, portalAgreements } from "../../../../lib/institution/figures"
import { countyName, institutionOrders, portalApprovals, portalInstitution } from "../../../../lib/institution/portal"
import { membershipFrom } from "../../../../lib/institution/request"
import { IMPACT_MODULE } from "../../../../modules/impact"
import type ImpactModuleService from "../../../../modules/impact/service"
import { INSTITUTION_MODULE } from "../../../../modules/institution"
import type InstitutionModuleService from "../../../../modules/institution/service"
import { cny } from "../../../../modules/institution/service"

/**
 * GET /store/institution/dashboard: the institution's agreements with their
 * progress, its reserved share this year (target, counted, members' personal
 * purchases separately, by month), approvals waiting, recent orders, and the
 * households its counted purchases supported, by county; for a purchaser,
 * their monthly budget this month (what is spent and what is left).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreInstitutionDashboardResponse>) {
  const member = membershipFrom(req)
  const service = req.scope.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const institution = await service.retrieveInstitution(member.institution_id)
  const now = new Date()

  const agreements = (await portalAgreements(req.scope, [institution.id], now)).get(institution.id) ?? []
  // reserved share: this (Kunming) year's counted purchases
  const reserved_share = await institutionReservedShare(req.scope, institution, beijingYearOf(now))

  const pending = await service.listInstitutionApprovals({ institution_id: institution.id, status: "pending" }, { order: { created_at: "DESC" }, take: 10 })
  const { orders: recent_orders } = await institutionOrders(req.scope, institution.id, { limit: 5, offset: 0 })

  // impact: the ledger's households for the institution's counted orders (every year)
  const allPurchases = (await service.listInstitutionPurchases({ institution_id: institution.id }, { take: null, select: ["order_id", "cancelled_at"] })).filter(
    (p) => !p.cancelled_at
  )
  const orderIds = [...new Set(allPurchases.map((p) => p.order_id))]
  const entries = orderIds.length
    ? await req.scope.resolve<ImpactModuleService>(IMPACT_MODULE).listImpactEntries({ order_id: orderIds }, { take: null, select: ["county_handle", "households", "amount"] })
    : []
  const byCounty = new Map<string, { households: number; amount: number }>()
  for (const e of entries) {
    const county = e.county_handle ?? "unknown"
    const t = byCounty.get(county) ?? { households: 0, amount: 0 }
    t.households += e.households ?? 0
    t.amount = MathBN.add(t.amount, cny(e.amount)).toNumber()
    byCounty.set(county, t)
  }
  const by_county = [...byCounty.entries()]
    .map(([county_handle, t]) => ({ county_handle, county_name: countyName(county_handle), ...t }))
    .sort((a, b) => b.households - a.households || b.amount - a.amount)

  res.json({
    institution: portalInstitution(institution),
    agreements,
    reserved_share,
    approvals_pending: await portalApprovals(req.scope, pending as never),
    recent_orders,
    my_budget: member.roles.includes("purchaser") ? await purchaserBudget(req.scope, member, now) : null,
    impact: {
      households: by_county.reduce((s, c) => s + c.households, 0),
      amount: MathBN.sum(0, ...by_county.map((c) => c.amount)).toNumber(),
      by_county,
    },
  })
}
