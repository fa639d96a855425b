import { StatusBadge } from "@medusajs/ui"
import {
  allowedInstitutionActions,
  INSTITUTION_STATUS_LABELS,
  INSTITUTION_STATUSES,
  type MemberRole,
  type InstitutionDTO,
  type InstitutionReviewAction,
  type InstitutionStatus,
} from "@fupin/shared"
import { sdk } from "../../lib/sdk"

export {
  MEMBER_ROLE_LABELS as ROLE_LABELS,
  INSTITUTION_KIND_LABELS as KIND_LABELS,
  INSTITUTION_STATUS_LABELS as STATUS_LABELS,
  INTENT_STATUS_LABELS,
} from "@fupin/shared"
export const ACTION_LABELS: Record<InstitutionReviewAction, string> = {
  approve: "通过",
  reject: "驳回",
  suspend: "暂停",
  reinstate: "恢复",
}
/** The actions open from each status (the shared institution status machine). */
export const ACTIONS_FROM = Object.fromEntries(INSTITUTION_STATUSES.map((s) => [s, allowedInstitutionActions(s)])) as Record<
  InstitutionStatus,
  InstitutionReviewAction[]
>

/** Kunming's 14 county-level divisions (KUNMING_COUNTIES), for labels and filters. */
export const COUNTY_NAMES: Record<string, string> = {
  wuhua: "五华区",
  panlong: "盘龙区",
  guandu: "官渡区",
  xishan: "西山区",
  dongchuan: "东川区",
  chenggong: "呈贡区",
  jinning: "晋宁区",
  anning: "安宁市",
  fumin: "富民县",
  yiliang: "宜良县",
  shilin: "石林县",
  songming: "嵩明县",
  luquan: "禄劝县",
  xundian: "寻甸县",
}
export const countyName = (handle: string) => COUNTY_NAMES[handle] ?? handle

export const yuan = (n: number) =>
  `¥${n.toLocaleString("zh-CN", { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`
export const wan = (n: number) => (Math.abs(n) >= 10_000 ? `¥${(n / 10_000).toLocaleString("zh-CN", { maximumFractionDigits: 2 })}万` : yuan(n))
export const pct = (ratio: number) => `${(ratio * 100).toFixed(1)}%`

export function InstitutionStatusBadge({ status }: { status: InstitutionStatus }) {
  const color = status === "approved" ? "green" : status === "pending" ? "orange" : status === "rejected" ? "red" : "grey"
  return <StatusBadge color={color}>{INSTITUTION_STATUS_LABELS[status]}</StatusBadge>
}

/** A horizontal progress bar: ordered (darker) and paid (lighter) shares of a promised amount. */
export function ProgressBar({ ordered, paid }: { ordered: number; paid?: number }) {
  const w = (r: number) => `${Math.min(Math.max(r, 0), 1) * 100}%`
  return (
    <div className="bg-ui-bg-subtle relative h-2 w-full overflow-hidden rounded-full" title={`已下单 ${pct(ordered)}${paid !== undefined ? ` · 已付款 ${pct(paid)}` : ""}`}>
      <div className="absolute inset-y-0 left-0" style={{ width: w(ordered), backgroundColor: "var(--tag-blue-icon, #60a5fa)", opacity: 0.55 }} />
      {paid !== undefined && (
        <div className="absolute inset-y-0 left-0" style={{ width: w(paid), backgroundColor: "var(--tag-green-icon, #16a34a)" }} />
      )}
    </div>
  )
}

export type ListInstitutionsQuery = { q?: string; kind?: string; status?: string; limit?: number; offset?: number; fields?: string }
export type InstitutionList = { institutions: InstitutionDTO[]; count: number; offset: number; limit: number }

export const listInstitutions = (query: ListInstitutionsQuery) =>
  sdk.client.fetch<InstitutionList>("/admin/institutions", { query })
export const getInstitution = (id: string) =>
  sdk.client.fetch<{ institution: InstitutionDTO }>(`/admin/institutions/${id}`)
export const reviewInstitution = (id: string, action: InstitutionReviewAction, note?: string) =>
  sdk.client.fetch<{ institution: InstitutionDTO }>(`/admin/institutions/${id}/${action}`, {
    method: "POST",
    body: note ? { note } : {},
  })
export const updateInstitution = (id: string, body: Record<string, string | number>) =>
  sdk.client.fetch<{ institution: InstitutionDTO }>(`/admin/institutions/${id}`, { method: "POST", body })
export const createInstitution = (body: Record<string, string>) =>
  sdk.client.fetch<{ institution: InstitutionDTO }>("/admin/institutions", { method: "POST", body })
export const addBuyer = (id: string, body: { email: string; first_name?: string; roles: MemberRole[] }) =>
  sdk.client.fetch(`/admin/institutions/${id}/buyers`, { method: "POST", body })
