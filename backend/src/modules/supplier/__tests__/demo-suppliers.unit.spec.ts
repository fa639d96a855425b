import { describe, expect, it } from "vitest"
import { isValidCreditCode } from "@fupin/shared"
import { apportion, DEMO_SUPPLIER_FIGURES, demoSupplierPlan } from "../../../scripts/demo/suppliers"
import { villagePlan } from "../../../scripts/demo/geography"

const plan = demoSupplierPlan()
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

describe("demo supplier plan reproduces the 2020 report (docs/source-figures.md)", () => {
  it("has 1,727 suppliers, 646 key enterprises each with a supply/demand file", () => {
    expect(plan).toHaveLength(1727)
    const key = plan.filter((s) => s.is_key)
    expect(key).toHaveLength(646)
    expect(key.every((s) => s.type === "enterprise" && s.supply_demand_file)).toBe(true)
    expect(plan.filter((s) => !s.is_key).every((s) => s.supply_demand_file === null)).toBe(true)
  })

  it("has 79 workshops employing exactly 10,300 people", () => {
    const workshops = plan.filter((s) => s.type === "workshop")
    expect(workshops).toHaveLength(79)
    expect(sum(workshops.map((s) => s.employees!))).toBe(10_300)
    expect(workshops.every((s) => s.employees! > 0)).toBe(true)
  })

  it("has 88 organic certificates held by 52 enterprises", () => {
    const holders = plan.filter((s) => s.organic_certificates.length)
    expect(holders).toHaveLength(52)
    expect(holders.every((s) => s.type === "enterprise")).toBe(true)
    expect(sum(plan.map((s) => s.organic_certificates.length))).toBe(88)
  })

  it("binds 76,000 households and 280,000 people over 1,603 suppliers (92.8 %), all of them approved", () => {
    const linked = plan.filter((s) => s.households_bound > 0)
    expect(linked).toHaveLength(1603)
    expect(((linked.length / plan.length) * 100).toFixed(1)).toBe("92.8")
    expect(sum(plan.map((s) => s.households_bound))).toBe(76_000)
    expect(sum(plan.map((s) => s.people_bound))).toBe(280_000)
    expect(linked.every((s) => s.people_bound >= s.households_bound && s.mechanisms.length > 0)).toBe(true)
    expect(linked.every((s) => s.status === "approved")).toBe(true)
  })

  it("links every one of the 189 poor villages to a supplier", () => {
    const poor = new Set<string>()
    for (const [key, list] of villagePlan()) for (const v of list) if (v.is_poor) poor.add(`${key.split("/")[0]}/${v.name}`)
    expect(poor.size).toBe(DEMO_SUPPLIER_FIGURES.poor_villages)
    const covered = new Set(plan.filter((s) => s.village).map((s) => `${s.county_handle}/${s.village}`))
    for (const v of poor) expect(covered).toContain(v)
  })

  it("is mostly in the three delisted counties, shows a small review queue, and has unique valid codes and names", () => {
    const delisted = plan.filter((s) => ["xundian", "luquan", "dongchuan"].includes(s.county_handle))
    expect(delisted.length / plan.length).toBeGreaterThan(0.8)
    const statuses = plan.map((s) => s.status)
    expect(statuses.filter((s) => s === "pending")).toHaveLength(5)
    expect(statuses.filter((s) => s === "rejected")).toHaveLength(2)
    expect(statuses.filter((s) => s === "suspended")).toHaveLength(1)
    expect(new Set(plan.map((s) => s.credit_code)).size).toBe(1727)
    expect(new Set(plan.map((s) => s.legal_name)).size).toBe(1727)
    expect(plan.every((s) => isValidCreditCode(s.credit_code))).toBe(true)
    expect(plan.every((s) => s.legal_name.includes("示例"))).toBe(true)
  })

  it("is the same plan every time", () => {
    expect(demoSupplierPlan()).toEqual(plan)
  })
})

describe("apportion", () => {
  it("splits a total into positive integers that add up exactly", () => {
    const parts = apportion(100, [1, 1, 1])
    expect(sum(parts)).toBe(100)
    expect(parts.every((p) => p >= 33)).toBe(true)
    expect(sum(apportion(10, [5, 0.001, 0.001, 0.001]))).toBe(10)
    expect(apportion(10, [5, 0.001, 0.001, 0.001]).every((p) => p >= 1)).toBe(true)
  })
})
