/**
 * Issue 10: an institution's reusable lists (常用清单, "每周食堂蔬菜": SKUs and quantities a canteen
 * orders again and again) and a purchaser's monthly budget (月度预算), cumulative over a calendar
 * month in Beijing time and enforced by the server wherever an order is submitted or placed.
 */
import type { PortalPersonDTO } from "./institution-portal"
import { statementMonthOf, statementPeriod } from "./statements"

/** At most this many lines in one list (the order pad takes more, a list is meant to be read). */
export const MAX_LIST_LINES = 500
/** At most this many lists per institution. */
export const MAX_LISTS_PER_INSTITUTION = 50
/** A list's name, trimmed: 1 to this many characters, unique within the institution. */
export const MAX_LIST_NAME_LENGTH = 40
/** A line's quantity: a whole number from 1 to this. */
export const MAX_LIST_QUANTITY = 99_999

export const LIST_LIMIT_MESSAGES = {
  lines: `lines: 一个常用清单最多 ${MAX_LIST_LINES} 行 / a list holds at most ${MAX_LIST_LINES} lines`,
  lists: `name: 每个单位最多保存 ${MAX_LISTS_PER_INSTITUTION} 个常用清单，请先删除不用的清单 / an institution keeps at most ${MAX_LISTS_PER_INSTITUTION} lists: delete one first`,
  taken: (name: string) => `name: 已有名为「${name}」的常用清单，请换一个名称 / there is already a list called “${name}”: choose another name`,
  empty: "lines: 常用清单至少要有一行 / a list needs at least one line",
} as const

/** One line as stored: the SKU's variant, its quantity, and how it was called when saved (to name it once delisted). */
export interface PortalListLineDTO {
  variant_id: string
  quantity: number
  sku: string | null
  title: string
}

export interface PortalListDTO {
  id: string
  institution_id: string
  name: string
  lines: PortalListLineDTO[]
  /** who saved it */
  created_by: PortalPersonDTO | null
  created_at: string
  updated_at: string
}

export interface StoreListListsResponse {
  lists: PortalListDTO[]
}

export interface StoreListResponse {
  list: PortalListDTO
}

/** POST /store/institution/lists: from the pad's lines, or from an order of the institution (exactly one of them). */
export interface StoreCreateListRequest {
  name: string
  lines?: Array<{ variant_id: string; quantity: number }>
  order_id?: string
}

/** POST /store/institution/lists/:id: rename, replace the lines, or both. */
export interface StoreUpdateListRequest {
  name?: string
  lines?: Array<{ variant_id: string; quantity: number }>
}

export interface StoreDeleteListResponse {
  id: string
  object: "institution_list"
  deleted: true
}

// ---- the monthly budget (月度预算) ----------------------------------------------

/** What counts toward a purchaser's month: orders placed (not cancelled) and orders awaiting approval, by their goods (商品金额). */
export const BUDGET_BASIS = "item_total" as const

/** A purchaser's month: the budget (null: none), what is spent (placed and awaiting approval), what is left. */
export interface PurchaserBudgetDTO {
  /** "2026-12", Beijing time */
  month: string
  monthly_budget: number | null
  spent: number
  /** budget − spent, never below 0; null without a budget */
  remaining: number | null
}

/** The calendar month (Beijing time) a moment falls in, and its first moment and the next month's. */
export function budgetMonthOf(now: Date = new Date()): { month: string; from: Date; to: Date } {
  const month = statementMonthOf(now)
  return { month, ...statementPeriod(month)! }
}

const cents = (v: number) => Math.round(v * 100)

/** What is left of a budget after spent (0 at the least), or null without a budget. */
export function budgetRemaining(budget: number | null, spent: number): number | null {
  if (budget === null) return null
  return Math.max(cents(budget) - cents(spent), 0) / 100
}

/** Whether an order of `amount` (goods) fits what is left of the month's budget; always without a budget. */
export function fitsBudget(budget: number | null, spent: number, amount: number): boolean {
  return budget === null || cents(spent) + cents(amount) <= cents(budget)
}

const yuan = (v: number) => `¥${(cents(v) / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`

/** The refusal a purchaser reads: the budget, what is spent this month, what is left, and this order. */
export function budgetRefusal(budget: number, spent: number, amount: number): string {
  const left = budgetRemaining(budget, spent) ?? 0
  return (
    `monthly_budget: 超出本月采购预算：预算 ${yuan(budget)}，本月已用 ${yuan(spent)}（含待审批），剩余 ${yuan(left)}，本单商品金额 ${yuan(amount)} / ` +
    `Over this month's budget: budget ${yuan(budget)}, spent this month ${yuan(spent)} (awaiting approval included), left ${yuan(left)}, this order's goods ${yuan(amount)}`
  )
}
