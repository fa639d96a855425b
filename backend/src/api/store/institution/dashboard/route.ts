import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import { intentProgress, type PortalAgreementDTO, type StoreInstitutionDashboardResponse } from "@fupin/shared"
import { purchaserBudget } from "../../../../lib/institution/budget"
import { countyName, institutionOrders, portalApprovals, portalInstitution } from "../../../../lib/institution/portal"
import { membershipFrom } from "../../../../lib/institution/request"
import { IMPACT_MODULE } from "../../../../modules/impact"
import type ImpactModuleService from "../../../../modules/impact/service"
import { INSTITUTION_MODULE } from "../../../../modules/institution"
import type InstitutionModuleService from "../../../../modules/institution/service"
import { cny } from "../../../../modules/institution/service"

const DAY = 24 * 3600_000
/** Kunming is UTC+8: years and months are Kunming's. */
const kunming = (d: Date) => new Date(d.getTime() + 8 * 3600_000)

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

  const agreements = (await service.listIntentAgreements({ institution_id: institution.id }, { take: null, order: { period_end: "ASC" } }))
    .filter((a) => a.status !== "cancelled")
    .map((a): PortalAgreementDTO => {
      const amount = cny(a.amount)
      const ordered = cny(a.ordered_amount)
      const paid = cny(a.paid_amount)
      const delivered = cny(a.delivered_amount)
      return {
        id: a.id,
        county_handle: a.county_handle,
        county_name: countyName(a.county_handle),
        amount,
        ordered_amount: ordered,
        paid_amount: paid,
        delivered_amount: delivered,
        progress: intentProgress(ordered, amount),
        paid_progress: intentProgress(paid, amount),
        delivered_progress: intentProgress(delivered, amount),
        period_start: new Date(a.period_start).toISOString(),
        period_end: new Date(a.period_end).toISOString(),
        days_left: Math.max(0, Math.ceil((new Date(a.period_end).getTime() - now.getTime()) / DAY)),
        status: a.status,
      }
    })

  // reserved share: this (Kunming) year's counted purchases
  const year = kunming(now).getUTCFullYear()
  const from = new Date(Date.UTC(year, 0, 1) - 8 * 3600_000)
  const to = new Date(Date.UTC(year + 1, 0, 1) - 8 * 3600_000)
  const purchases = (await service.listInstitutionPurchases({ institution_id: institution.id, placed_at: { $gte: from, $lt: to } }, { take: null })).filter(
    (p) => !p.cancelled_at
  )
  const months = new Map<string, { institution: number; personal: number }>()
  let counted = 0
  let personal = 0
  for (const p of purchases) {
    const month = kunming(new Date(p.placed_at)).toISOString().slice(0, 7)
    const m = months.get(month) ?? { institution: 0, personal: 0 }
    const amount = cny(p.amount)
    if (p.source === "personal") {
      m.personal = MathBN.add(m.personal, amount).toNumber()
      personal = MathBN.add(personal, amount).toNumber()
    } else {
      m.institution = MathBN.add(m.institution, amount).toNumber()
      counted = MathBN.add(counted, amount).toNumber()
    }
    months.set(month, m)
  }
  const budget = institution.annual_canteen_budget === null || institution.annual_canteen_budget === undefined ? null : cny(institution.annual_canteen_budget)
  const percent = institution.reserved_share_percent ?? 10
  const target = budget === null ? null : Math.round(budget * percent) / 100
  const reserved_share = {
    year,
    annual_canteen_budget: budget,
    reserved_share_percent: percent,
    target,
    counted,
    counted_personal: personal,
    progress: target ? intentProgress(MathBN.add(counted, personal).toNumber(), target) : 0,
    by_month: [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, v]) => ({ month, ...v })),
  }

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
