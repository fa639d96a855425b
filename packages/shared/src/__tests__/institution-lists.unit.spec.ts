import { describe, expect, it } from "vitest"
import { budgetMonthOf, budgetRefusal, budgetRemaining, fitsBudget } from "../index"

describe("the monthly budget", () => {
  it("is a calendar month in Beijing time: 1 December 00:30 in Kunming is still 30 November in UTC", () => {
    const { month, from, to } = budgetMonthOf(new Date("2026-11-30T16:30:00Z"))
    expect(month).toBe("2026-12")
    expect(from.toISOString()).toBe("2026-11-30T16:00:00.000Z")
    expect(to.toISOString()).toBe("2026-12-31T16:00:00.000Z")
    expect(budgetMonthOf(new Date("2026-11-30T15:59:59Z")).month).toBe("2026-11")
  })

  it("lets an order reach the budget exactly, to the cent, and not one cent more; none means no limit", () => {
    expect(fitsBudget(1000, 999.9, 0.1)).toBe(true)
    expect(fitsBudget(1000, 999.9, 0.11)).toBe(false)
    expect(fitsBudget(0.3, 0.1, 0.2)).toBe(true)
    expect(fitsBudget(null, 1e9, 1e9)).toBe(true)
    expect(budgetRemaining(1000, 1200)).toBe(0)
    expect(budgetRemaining(1000, 250.5)).toBe(749.5)
    expect(budgetRemaining(null, 5)).toBeNull()
  })

  it("names the budget, what is spent, what is left and the order, in Chinese and English", () => {
    const msg = budgetRefusal(20000, 13500, 7000)
    expect(msg).toMatch(/^monthly_budget: /)
    expect(msg).toContain("预算 ¥20,000.00，本月已用 ¥13,500.00（含待审批），剩余 ¥6,500.00，本单商品金额 ¥7,000.00")
    expect(msg).toContain("left ¥6,500.00")
  })
})
