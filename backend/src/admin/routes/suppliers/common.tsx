import { StatusBadge } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import type {
  AdminSupplier,
  AdminSupplierListResponse,
  AdminSupplierResponse,
  LinkageMechanism,
  SupplierAction,
  SupplierStatus,
  SupplierType,
} from "@fupin/shared"
import { sdk } from "../../lib/sdk"

export type { AdminSupplier }

/*
 * Labels for the admin bundle. @fupin/shared ships CommonJS, which the admin's
 * Vite build cannot import values from, so only its types are imported here;
 * the Record types make tsc fail when a shared enum gains or loses a value.
 * (Same labels as SUPPLIER_*_LABELS in packages/shared/src/supplier.ts.)
 */
export const TYPE_LABELS: Record<SupplierType, string> = {
  enterprise: "企业",
  cooperative: "农民专业合作社",
  family_farm: "家庭农场",
  workshop: "扶贫车间",
}
export const STATUS_LABELS: Record<SupplierStatus, string> = {
  pending: "待审核",
  approved: "已通过",
  rejected: "已驳回",
  suspended: "已暂停",
}
export const ACTION_LABELS: Record<SupplierAction, string> = {
  approve: "通过",
  reject: "驳回",
  suspend: "暂停",
  reinstate: "恢复",
}
export const MECHANISM_LABELS: Record<LinkageMechanism, string> = {
  employment: "务工就业",
  dividend: "入股分红",
  purchase_contract: "订单收购",
  land_lease: "土地流转",
  other: "其他",
}
/** Filter options: Kunming's 14 county-level divisions (KUNMING_COUNTIES). */
export const COUNTY_OPTIONS: Array<[handle: string, name: string]> = [
  ["wuhua", "五华区"],
  ["panlong", "盘龙区"],
  ["guandu", "官渡区"],
  ["xishan", "西山区"],
  ["dongchuan", "东川区"],
  ["chenggong", "呈贡区"],
  ["jinning", "晋宁区"],
  ["anning", "安宁市"],
  ["fumin", "富民县"],
  ["yiliang", "宜良县"],
  ["shilin", "石林县"],
  ["songming", "嵩明县"],
  ["luquan", "禄劝县"],
  ["xundian", "寻甸县"],
]

const STATUS_COLOR: Record<SupplierStatus, "green" | "orange" | "red" | "grey"> = {
  approved: "green",
  pending: "orange",
  rejected: "red",
  suspended: "grey",
}

export function SupplierStatusBadge({ status }: { status: SupplierStatus }) {
  return <StatusBadge color={STATUS_COLOR[status]}>{STATUS_LABELS[status]}</StatusBadge>
}

export function listSuppliers(query: Record<string, string | number | undefined>) {
  const params = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== ""))
  return sdk.client.fetch<AdminSupplierListResponse>("/admin/suppliers", { query: params })
}

export function getSupplier(id: string) {
  return sdk.client.fetch<AdminSupplierResponse>(`/admin/suppliers/${id}`)
}

/** approve / reject / suspend / reinstate, refreshing every supplier query afterwards. */
export function useReviewSupplier() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, action, note }: { id: string; action: SupplierAction; note?: string }) =>
      sdk.client.fetch<AdminSupplierResponse>(`/admin/suppliers/${id}/${action}`, {
        method: "POST",
        body: note ? { note } : {},
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["suppliers"] }),
  })
}

export const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e))
