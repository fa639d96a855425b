import { intentProgress } from "./institution"
import type { PortalAgreementDTO, ReservedShareDTO } from "./institution-portal"
import { statementMonthOf } from "./statements"

/**
 * The institution procurement figures (机构采购统计): what the counted
 * purchases (one row per order × county, see the institution module's
 * InstitutionPurchase) add up to per institution × county × Beijing month,
 * and each institution's reserved share (预留份额) for a year. The portal's
 * dashboard and the operator's figures both compute through these functions,
 * so the two never disagree.
 */

const BEIJING_MS = 8 * 3600 * 1000

/** A counted purchase row as plain CNY numbers. */
export interface CountedPurchase {
  institution_id: string
  county_handle: string
  /** counted toward the agreement (institution orders) or the reserved share only (personal) */
  amount: number
  paid_amount: number
  delivered_amount: number
  /** institution: an order on the institution's cart; personal: a member's own order marked 计入单位消费帮扶 */
  source: "institution" | "personal"
  placed_at: string | Date
  cancelled_at: string | Date | null
}

/** The Beijing year a moment falls in. */
export function beijingYearOf(at: Date | string = new Date()): number {
  return Number(statementMonthOf(at).slice(0, 4))
}

/** A Beijing calendar year's first moment and the next one's. */
export function beijingYear(year: number): { from: Date; to: Date } {
  return { from: new Date(Date.UTC(year, 0, 1) - BEIJING_MS), to: new Date(Date.UTC(year + 1, 0, 1) - BEIJING_MS) }
}

/** Adds CNY amounts to the fen, without binary-fraction drift. */
export function addCny(...amounts: number[]): number {
  return amounts.reduce((s, a) => s + Math.round(a * 100), 0) / 100
}

/** Purchases still counted (not cancelled) that were placed in the Beijing year. */
export function countedInYear<T extends Pick<CountedPurchase, "placed_at" | "cancelled_at">>(purchases: T[], year: number): T[] {
  const { from, to } = beijingYear(year)
  return purchases.filter((p) => {
    if (p.cancelled_at) return false
    const at = new Date(p.placed_at).getTime()
    return at >= from.getTime() && at < to.getTime()
  })
}

/**
 * The reserved share of one institution for a Beijing year: annual canteen
 * food budget × reserved % = target; its orders counted (every county, with or
 * without an agreement) and, separately, its members' personal purchases
 * marked 计入单位消费帮扶; progress over both; by month.
 */
export function reservedShareOf(
  institution: { annual_canteen_budget: number | null; reserved_share_percent: number | null | undefined },
  purchases: Array<Pick<CountedPurchase, "amount" | "source" | "placed_at" | "cancelled_at">>,
  year: number
): ReservedShareDTO {
  const months = new Map<string, { institution: number; personal: number }>()
  let counted = 0
  let personal = 0
  for (const p of countedInYear(purchases, year)) {
    const month = statementMonthOf(p.placed_at)
    const m = months.get(month) ?? { institution: 0, personal: 0 }
    if (p.source === "personal") {
      m.personal = addCny(m.personal, p.amount)
      personal = addCny(personal, p.amount)
    } else {
      m.institution = addCny(m.institution, p.amount)
      counted = addCny(counted, p.amount)
    }
    months.set(month, m)
  }
  const budget = institution.annual_canteen_budget
  const percent = institution.reserved_share_percent ?? 10
  const target = budget === null ? null : Math.round(budget * percent) / 100
  return {
    year,
    annual_canteen_budget: budget,
    reserved_share_percent: percent,
    target,
    counted,
    counted_personal: personal,
    progress: target ? intentProgress(addCny(counted, personal), target) : 0,
    by_month: [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, v]) => ({ month, ...v })),
  }
}

/** Amounts of one cell of the figures (institution orders; members' personal ones apart). */
export interface FigureAmountsDTO {
  ordered_amount: number
  paid_amount: number
  delivered_amount: number
  /** members' own purchases marked 计入单位消费帮扶 (they count toward the reserved share, never an agreement) */
  personal_amount: number
}

export interface InstitutionFigureRowDTO extends FigureAmountsDTO {
  institution_id: string
  institution_name: string
  county_handle: string
  county_name: string
  /** Beijing month, "2026-12" */
  month: string
  /** the institution's agreement with the county (not cancelled), if any */
  agreement_id: string | null
  agreement_amount: number | null
  /** the agreement's progress as the dashboard shows it (ordered / amount), null without an agreement */
  progress: number | null
}

export interface InstitutionFiguresInstitutionDTO {
  institution_id: string
  institution_name: string
  /** as the institution's dashboard shows them */
  agreements: PortalAgreementDTO[]
  reserved_share: ReservedShareDTO
}

export interface AdminInstitutionFiguresResponse {
  year: number
  rows: InstitutionFigureRowDTO[]
  institutions: InstitutionFiguresInstitutionDTO[]
  by_month: Array<FigureAmountsDTO & { month: string }>
  by_county: Array<FigureAmountsDTO & { county_handle: string; county_name: string; agreement_amount: number }>
  totals: FigureAmountsDTO & { agreement_amount: number }
}

const zero = (): FigureAmountsDTO => ({ ordered_amount: 0, paid_amount: 0, delivered_amount: 0, personal_amount: 0 })

function addInto(cell: FigureAmountsDTO, p: Pick<CountedPurchase, "amount" | "paid_amount" | "delivered_amount" | "source">) {
  if (p.source === "personal") cell.personal_amount = addCny(cell.personal_amount, p.amount)
  else {
    cell.ordered_amount = addCny(cell.ordered_amount, p.amount)
    cell.paid_amount = addCny(cell.paid_amount, p.paid_amount)
    cell.delivered_amount = addCny(cell.delivered_amount, p.delivered_amount)
  }
}

/**
 * The year's counted purchases per institution × county × month, with each
 * cell's agreement; and the same summed by month and by county (the charts).
 */
export function institutionFigures(input: {
  year: number
  purchases: CountedPurchase[]
  institutions: InstitutionFiguresInstitutionDTO[]
  countyName: (handle: string) => string
}): AdminInstitutionFiguresResponse {
  const names = new Map(input.institutions.map((i) => [i.institution_id, i.institution_name]))
  const agreementOf = new Map(input.institutions.flatMap((i) => i.agreements.map((a) => [`${i.institution_id}|${a.county_handle}`, a] as const)))
  const cells = new Map<string, InstitutionFigureRowDTO>()
  const months = new Map<string, FigureAmountsDTO>()
  const counties = new Map<string, FigureAmountsDTO>()
  for (const p of countedInYear(input.purchases, input.year)) {
    const month = statementMonthOf(p.placed_at)
    const key = `${p.institution_id}|${p.county_handle}|${month}`
    let row = cells.get(key)
    if (!row) {
      const a = agreementOf.get(`${p.institution_id}|${p.county_handle}`)
      row = {
        institution_id: p.institution_id,
        institution_name: names.get(p.institution_id) ?? p.institution_id,
        county_handle: p.county_handle,
        county_name: input.countyName(p.county_handle),
        month,
        ...zero(),
        agreement_id: a?.id ?? null,
        agreement_amount: a?.amount ?? null,
        progress: a ? a.progress : null,
      }
      cells.set(key, row)
    }
    addInto(row, p)
    if (!months.has(month)) months.set(month, zero())
    addInto(months.get(month)!, p)
    if (!counties.has(p.county_handle)) counties.set(p.county_handle, zero())
    addInto(counties.get(p.county_handle)!, p)
  }
  const agreementAmount = new Map<string, number>()
  for (const a of input.institutions.flatMap((i) => i.agreements)) {
    agreementAmount.set(a.county_handle, addCny(agreementAmount.get(a.county_handle) ?? 0, a.amount))
    if (!counties.has(a.county_handle)) counties.set(a.county_handle, zero())
  }
  const sum = (cellsOf: FigureAmountsDTO[]): FigureAmountsDTO => {
    const t = zero()
    for (const c of cellsOf) {
      t.ordered_amount = addCny(t.ordered_amount, c.ordered_amount)
      t.paid_amount = addCny(t.paid_amount, c.paid_amount)
      t.delivered_amount = addCny(t.delivered_amount, c.delivered_amount)
      t.personal_amount = addCny(t.personal_amount, c.personal_amount)
    }
    return t
  }
  return {
    year: input.year,
    rows: [...cells.values()].sort(
      (a, b) => a.institution_name.localeCompare(b.institution_name, "zh-CN") || a.county_handle.localeCompare(b.county_handle) || a.month.localeCompare(b.month)
    ),
    institutions: input.institutions,
    by_month: [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, v]) => ({ month, ...v })),
    by_county: [...counties.entries()]
      .map(([county_handle, v]) => ({ county_handle, county_name: input.countyName(county_handle), ...v, agreement_amount: agreementAmount.get(county_handle) ?? 0 }))
      .sort((a, b) => b.ordered_amount - a.ordered_amount || b.agreement_amount - a.agreement_amount),
    totals: { ...sum([...counties.values()]), agreement_amount: addCny(...agreementAmount.values()) },
  }
}

/** The export's formats (GET /admin/institution-figures/export?format=). */
export const FIGURE_EXPORT_FORMATS = ["csv", "xlsx"] as const
export type FigureExportFormat = (typeof FIGURE_EXPORT_FORMATS)[number]
