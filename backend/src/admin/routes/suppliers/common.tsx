import { StatusBadge } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import {
  type AdminSupplier,
  type AdminSupplierListResponse,
  type AdminSupplierResponse,
  LINKAGE_MECHANISM_LABELS,
  SUPPLIER_ACTION_LABELS,
  SUPPLIER_STATUS_LABELS,
  SUPPLIER_TYPE_LABELS,
  type SupplierAction,
  type SupplierStatus,
} from "@fupin/shared"
import { sdk } from "../../lib/sdk"

export type { AdminSupplier }

/** Chinese labels (the admin is in Chinese), from the shared {zh, en} labels. */
const zh = <K extends string>(labels: Record<K, { zh: string }>) =>
  Object.fromEntries(Object.entries<{ zh: string }>(labels).map(([k, v]) => [k, v.zh])) as Record<K, string>
export const TYPE_LABELS = zh(SUPPLIER_TYPE_LABELS)
export const STATUS_LABELS = zh(SUPPLIER_STATUS_LABELS)
export const ACTION_LABELS = zh(SUPPLIER_ACTION_LABELS)
export const MECHANISM_LABELS = zh(LINKAGE_MECHANISM_LABELS)
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
