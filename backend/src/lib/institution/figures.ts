import type { MedusaContainer } from "@medusajs/framework/types"
import {
  beijingYear,
  type AdminInstitutionFiguresResponse,
  type CountedPurchase,
  institutionFigures,
  type InstitutionFiguresInstitutionDTO,
  intentProgress,
  type PortalAgreementDTO,
  reservedShareOf,
  type ReservedShareDTO,
} from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"
import { cny } from "../../modules/institution/service"
import { countyName } from "./portal"

/**
 * What the institution portal's dashboard and the operator's 机构采购统计
 * read: the agreements' counters and the counted purchase rows
 * (InstitutionPurchase), through the same shared functions.
 */

const DAY = 24 * 3600_000

type AgreementRow = {
  id: string
  county_handle: string
  amount: unknown
  ordered_amount: unknown
  paid_amount: unknown
  delivered_amount: unknown
  period_start: Date | string
  period_end: Date | string
  status: string
}

/** An agreement with its progress and days left, as the dashboard shows it. */
export function portalAgreement(a: AgreementRow, now: Date = new Date()): PortalAgreementDTO {
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
    status: a.status as PortalAgreementDTO["status"],
  }
}

/** The institutions' agreements that are not cancelled, earliest end first. */
export async function portalAgreements(container: MedusaContainer, institutionIds: string[], now: Date = new Date()): Promise<Map<string, PortalAgreementDTO[]>> {
  const out = new Map<string, PortalAgreementDTO[]>(institutionIds.map((id) => [id, []]))
  if (!institutionIds.length) return out
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const rows = await service.listIntentAgreements({ institution_id: institutionIds }, { take: null, order: { period_end: "ASC" } })
  for (const a of rows) if (a.status !== "cancelled") out.get(a.institution_id)?.push(portalAgreement(a as unknown as AgreementRow, now))
  return out
}

/** The institutions' purchase rows placed in the Beijing year (cancelled ones included: the shared functions leave them out). */
export async function countedPurchases(container: MedusaContainer, institutionIds: string[], year: number): Promise<CountedPurchase[]> {
  if (!institutionIds.length) return []
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const { from, to } = beijingYear(year)
  const rows = await service.listInstitutionPurchases({ institution_id: institutionIds, placed_at: { $gte: from, $lt: to } }, { take: null })
  return rows.map((p) => ({
    institution_id: p.institution_id,
    county_handle: p.county_handle,
    amount: cny(p.amount),
    paid_amount: cny(p.paid_amount),
    delivered_amount: cny(p.delivered_amount),
    source: p.source as CountedPurchase["source"],
    placed_at: p.placed_at,
    cancelled_at: p.cancelled_at ?? null,
  }))
}

type InstitutionRow = { id: string; name: string; annual_canteen_budget?: unknown; reserved_share_percent?: number | null }

const budgetOf = (i: InstitutionRow) => (i.annual_canteen_budget === null || i.annual_canteen_budget === undefined ? null : cny(i.annual_canteen_budget))

/** One institution's reserved share for the year, as its dashboard shows it. */
export async function institutionReservedShare(container: MedusaContainer, institution: InstitutionRow, year: number): Promise<ReservedShareDTO> {
  return reservedShareOf(
    { annual_canteen_budget: budgetOf(institution), reserved_share_percent: institution.reserved_share_percent },
    await countedPurchases(container, [institution.id], year),
    year
  )
}

/**
 * The operator's figures for a year: every institution (or one), every county
 * (or one), by Beijing month; each institution's agreements and reserved share
 * exactly as its dashboard shows them (the reserved share is the whole
 * institution's, whichever county is chosen).
 */
export async function adminInstitutionFigures(
  container: MedusaContainer,
  filters: { year: number; institution_id?: string; county?: string },
  now: Date = new Date()
): Promise<AdminInstitutionFiguresResponse> {
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const institutions = (await service.listInstitutions(filters.institution_id ? { id: filters.institution_id } : {}, {
    take: null,
    select: ["id", "name", "annual_canteen_budget", "reserved_share_percent"],
  })) as unknown as InstitutionRow[]
  const ids = institutions.map((i) => i.id)
  const [agreements, purchases] = await Promise.all([portalAgreements(container, ids, now), countedPurchases(container, ids, filters.year)])
  const byInstitution: InstitutionFiguresInstitutionDTO[] = institutions
    .map((i) => ({
      institution_id: i.id,
      institution_name: i.name,
      agreements: (agreements.get(i.id) ?? []).filter((a) => !filters.county || a.county_handle === filters.county),
      reserved_share: reservedShareOf(
        { annual_canteen_budget: budgetOf(i), reserved_share_percent: i.reserved_share_percent },
        purchases.filter((p) => p.institution_id === i.id),
        filters.year
      ),
    }))
    .filter((i) => filters.institution_id || i.agreements.length || i.reserved_share.counted || i.reserved_share.counted_personal)
    .sort((a, b) => a.institution_name.localeCompare(b.institution_name, "zh-CN"))
  return institutionFigures({
    year: filters.year,
    purchases: purchases.filter((p) => !filters.county || p.county_handle === filters.county),
    institutions: byInstitution,
    countyName,
  })
}
