import { countyByHandle, formatCny, formatCnyLarge, KUNMING_TIME_ZONE } from "@fupin/shared"

export const cny = (amount: number) => formatCny(amount, "zh-CN")
export const cnyLarge = (amount: number) => formatCnyLarge(amount, "zh-CN")
export const countyName = (handle: string | null | undefined) =>
  (handle && countyByHandle(handle)?.name_zh) || handle || "未知"
export const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`
/** Date and time in Kunming's time zone, e.g. 2026/11/30 17:05:19; "—" when missing. */
export const dateTime = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString("zh-CN", { timeZone: KUNMING_TIME_ZONE, hour12: false }) : "—"
