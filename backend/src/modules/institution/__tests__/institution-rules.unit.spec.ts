import { describe, expect, it } from "vitest"
import {
  allowedInstitutionActions,
  INSTITUTION_STATUSES,
  institutionTransition,
  intentPeriodProblem,
  intentProgress,
  isValidCreditCode,
} from "@fupin/shared"
import { summariseAgreements } from "../service"
import {
  agreementPlan,
  DEMO_INTENT_COUNTIES,
  DEMO_INTENT_TOTAL,
  institutionPlan,
} from "../../../scripts/demo/institutions"

describe("institution status machine", () => {
  it("lets a pending institution be approved or rejected, nothing else", () => {
    expect(institutionTransition("pending", "approve")).toBe("approved")
    expect(institutionTransition("pending", "reject")).toBe("rejected")
    expect(institutionTransition("pending", "suspend")).toBeNull()
    expect(institutionTransition("pending", "reinstate")).toBeNull()
  })

  it("moves approved ⇄ suspended", () => {
    expect(institutionTransition("approved", "suspend")).toBe("suspended")
    expect(institutionTransition("suspended", "reinstate")).toBe("approved")
    expect(institutionTransition("suspended", "approve")).toBeNull()
    expect(institutionTransition("approved", "approve")).toBeNull()
  })

  it("treats rejected as final", () => {
    expect(allowedInstitutionActions("rejected")).toEqual([])
    for (const status of INSTITUTION_STATUSES) {
      for (const action of allowedInstitutionActions(status)) {
        expect(institutionTransition(status, action)).not.toBeNull()
      }
    }
  })
})

describe("intent progress", () => {
  it("is the ordered share of the promised amount, rounded to 4 decimals", () => {
    expect(intentProgress(0, 1000)).toBe(0)
    expect(intentProgress(1000, 3000)).toBe(0.3333)
    expect(intentProgress(3000, 3000)).toBe(1)
  })

  it("is not capped (institutions may buy more than promised) and is 0 for an empty agreement", () => {
    expect(intentProgress(1200, 1000)).toBe(1.2)
    expect(intentProgress(500, 0)).toBe(0)
    expect(intentProgress(-5, 1000)).toBe(0)
    expect(() => intentProgress(Number.NaN, 1000)).toThrow(RangeError)
  })

  it("refuses periods that do not end after they start", () => {
    const d = (s: string) => new Date(s)
    expect(intentPeriodProblem(d("2026-01-01"), d("2026-12-31"))).toBeNull()
    expect(intentPeriodProblem(d("2026-01-01"), d("2026-01-01"))).toBe("period_end")
    expect(intentPeriodProblem(d("2026-06-01"), d("2026-05-31"))).toBe("period_end")
  })
})

describe("summariseAgreements", () => {
  const row = (county_handle: string, amount: number, ordered: number, paid: number, status = "active", institution_id = "inst_a") => ({
    county_handle,
    amount,
    ordered_amount: ordered,
    paid_amount: paid,
    status,
    institution_id,
  })

  it("totals per county and overall, without cancelled agreements, and without float drift", () => {
    const s = summariseAgreements([
      row("xundian", 0.1, 0.05, 0.05),
      row("xundian", 0.2, 0.1, 0, "completed", "inst_b"),
      row("luquan", 1000, 250, 100),
      row("luquan", 5000, 5000, 5000, "cancelled"),
    ])
    expect(s).toMatchObject({ agreements: 3, institutions: 2, counties: 2, amount: 1000.3, ordered_amount: 250.15, paid_amount: 100.05 })
    expect(s.by_county.map((c) => c.county_handle)).toEqual(["luquan", "xundian"])
    expect(s.by_county[1]).toMatchObject({ amount: 0.3, ordered_amount: 0.15, progress: 0.5, agreements: 2, institutions: 2 })
  })
})

describe("demo institutions and agreements (docs/source-figures.md)", () => {
  it("are 21 enterprises, schools and hospitals with valid, distinct credit codes and 1–2 buyers each", () => {
    const plan = institutionPlan()
    expect(plan).toHaveLength(21)
    expect(new Set(plan.map((p) => p.kind))).toEqual(new Set(["enterprise", "school", "hospital"]))
    for (const p of plan) {
      expect(isValidCreditCode(p.credit_code)).toBe(true)
      expect(p.name).toMatch(/（示例\d{2}）$/)
      expect(p.buyers.length).toBeGreaterThanOrEqual(1)
      expect(p.buyers.length).toBeLessThanOrEqual(2)
    }
    expect(new Set(plan.map((p) => p.credit_code)).size).toBe(21)
    const emails = plan.flatMap((p) => p.buyers.map((b) => b.email))
    expect(new Set(emails).size).toBe(emails.length)
  })

  it("add up to exactly ¥39,330,000 over 8 counties including the three delisted ones, signed by all 21", () => {
    const plan = agreementPlan()
    expect(plan.reduce((s, a) => s + a.amount, 0)).toBe(DEMO_INTENT_TOTAL)
    expect(new Set(plan.map((a) => a.county_handle))).toEqual(new Set(DEMO_INTENT_COUNTIES))
    for (const delisted of ["dongchuan", "luquan", "xundian"]) expect(DEMO_INTENT_COUNTIES).toContain(delisted)
    expect(new Set(plan.map((a) => a.institution)).size).toBe(21)
    for (const a of plan) {
      expect(a.ordered_amount).toBeGreaterThan(0)
      expect(a.ordered_amount).toBeLessThan(a.amount)
      expect(a.paid_amount).toBeLessThanOrEqual(a.ordered_amount)
    }
  })
})
