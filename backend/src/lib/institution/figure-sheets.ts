import type { AdminInstitutionFiguresResponse } from "@fupin/shared"
import type { Sheet } from "../statements/tables"

/** Exported headers of the month table (the CSV), Chinese as the finance offices read them. */
export const FIGURE_ROW_HEADERS = {
  institution: "采购单位",
  county: "县区",
  month: "月份",
  ordered: "已下单（元）",
  paid: "已付款（元）",
  delivered: "已验收（元）",
  personal: "个人计入单位消费帮扶（元）",
  agreement: "协议金额（元）",
  progress: "协议进度",
} as const

const pct = (v: number | null) => (v === null ? null : `${(v * 100).toFixed(1)}%`)

/**
 * 机构采购统计 as tables: 按月明细 (institution × county × month: the CSV),
 * 协议执行 (each agreement as the dashboard shows it) and 预留份额 (each
 * institution's reserved share for the year).
 */
export function institutionFigureSheets(f: AdminInstitutionFiguresResponse): Sheet[] {
  const h = FIGURE_ROW_HEADERS
  // 已下单 / 已付款 / 已验收, in both tables
  const counted: Sheet["columns"] = (["ordered", "paid", "delivered"] as const).map((key) => ({ header: h[key], key, width: 14, money: true }))
  const rows: Sheet = {
    name: "按月明细",
    columns: [
      { header: h.institution, key: "institution", width: 30 },
      { header: h.county, key: "county", width: 10 },
      { header: h.month, key: "month", width: 10 },
      ...counted,
      { header: h.personal, key: "personal", width: 16, money: true },
      { header: h.agreement, key: "agreement", width: 16, money: true },
      { header: h.progress, key: "progress", width: 10 },
    ],
    rows: f.rows.map((r) => ({
      institution: r.institution_name,
      county: r.county_name,
      month: r.month,
      ordered: r.ordered_amount,
      paid: r.paid_amount,
      delivered: r.delivered_amount,
      personal: r.personal_amount,
      agreement: r.agreement_amount,
      progress: pct(r.progress),
    })),
  }
  const agreements: Sheet = {
    name: "协议执行",
    columns: [
      { header: h.institution, key: "institution", width: 30 },
      { header: h.county, key: "county", width: 10 },
      { header: h.agreement, key: "amount", width: 16, money: true },
      ...counted,
      { header: h.progress, key: "progress", width: 10 },
      { header: "执行期", key: "period", width: 24 },
    ],
    rows: f.institutions.flatMap((i) =>
      i.agreements.map((a) => ({
        institution: i.institution_name,
        county: a.county_name,
        amount: a.amount,
        ordered: a.ordered_amount,
        paid: a.paid_amount,
        delivered: a.delivered_amount,
        progress: pct(a.progress),
        period: `${a.period_start.slice(0, 10)} – ${a.period_end.slice(0, 10)}`,
      }))
    ),
  }
  const share: Sheet = {
    name: "预留份额",
    columns: [
      { header: h.institution, key: "institution", width: 30 },
      { header: "年度", key: "year", width: 8 },
      { header: "年度食堂食材预算（元）", key: "budget", width: 18, money: true },
      { header: "预留比例", key: "percent", width: 10 },
      { header: "预留份额目标（元）", key: "target", width: 16, money: true },
      { header: "单位采购计入（元）", key: "counted", width: 16, money: true },
      { header: h.personal, key: "personal", width: 16, money: true },
      { header: "完成进度", key: "progress", width: 10 },
    ],
    rows: f.institutions.map((i) => ({
      institution: i.institution_name,
      year: i.reserved_share.year,
      budget: i.reserved_share.annual_canteen_budget,
      percent: `${i.reserved_share.reserved_share_percent}%`,
      target: i.reserved_share.target,
      counted: i.reserved_share.counted,
      personal: i.reserved_share.counted_personal,
      progress: i.reserved_share.target === null ? null : pct(i.reserved_share.progress),
    })),
  }
  return [rows, agreements, share]
}
