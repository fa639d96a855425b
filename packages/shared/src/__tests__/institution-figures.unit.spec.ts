import { describe, expect, it } from "vitest"
import { type CountedPurchase, institutionFigures, type InstitutionFiguresInstitutionDTO, reservedShareOf } from "../institution-figures"

const purchase = (p: Partial<CountedPurchase>): CountedPurchase => ({
  institution_id: "inst_1",
  county_handle: "xundian",
  amount: 0,
  paid_amount: 0,
  delivered_amount: 0,
  source: "institution",
  placed_at: "2026-03-10T02:00:00Z",
  cancelled_at: null,
  ...p,
})

const school: InstitutionFiguresInstitutionDTO = {
  institution_id: "inst_1",
  institution_name: "昆明市某中学（示例01）",
  agreements: [
    {
      id: "intent_xd",
      county_handle: "xundian",
      county_name: "寻甸回族彝族自治县",
      amount: 100_000,
      ordered_amount: 30_000,
      paid_amount: 10_000,
      delivered_amount: 0,
      progress: 0.3,
      paid_progress: 0.1,
      delivered_progress: 0,
      period_start: "2026-01-01T00:00:00.000Z",
      period_end: "2026-12-31T00:00:00.000Z",
      days_left: 30,
      status: "active",
    },
  ],
  reserved_share: reservedShareOf({ annual_canteen_budget: null, reserved_share_percent: 10 }, [], 2026),
}

describe("institution procurement figures", () => {
  it("counts a purchase in its Beijing month and year: 16:30 UTC on 31 January is 1 February in Kunming, on 31 December the next year", () => {
    const f = institutionFigures({
      year: 2026,
      countyName: (h) => h,
      institutions: [school],
      purchases: [
        purchase({ amount: 168, paid_amount: 168, placed_at: "2026-01-31T16:30:00Z" }),
        purchase({ amount: 0.1, placed_at: "2026-02-10T00:00:00Z" }),
        purchase({ amount: 0.2, placed_at: "2026-02-11T00:00:00Z" }),
        purchase({ amount: 999, placed_at: "2026-12-31T16:00:00Z" }),
      ],
    })
    expect(f.rows.map((r) => [r.month, r.ordered_amount])).toEqual([["2026-02", 168.3]])
    expect(f.rows[0]).toMatchObject({ paid_amount: 168, agreement_id: "intent_xd", agreement_amount: 100_000, progress: 0.3 })
    expect(f.totals).toMatchObject({ ordered_amount: 168.3, agreement_amount: 100_000 })
  })

  it("leaves cancelled purchases out, and keeps members' personal ones apart from the agreement's", () => {
    const purchases = [
      purchase({ amount: 500, placed_at: "2026-03-01T00:00:00Z" }),
      purchase({ amount: 200, placed_at: "2026-03-02T00:00:00Z", cancelled_at: "2026-03-03T00:00:00Z" }),
      purchase({ amount: 80, source: "personal", county_handle: "luquan", placed_at: "2026-03-04T00:00:00Z" }),
    ]
    const f = institutionFigures({ year: 2026, countyName: (h) => h, institutions: [school], purchases })
    expect(f.rows.map((r) => [r.county_handle, r.ordered_amount, r.personal_amount, r.agreement_id])).toEqual([
      ["luquan", 0, 80, null],
      ["xundian", 500, 0, "intent_xd"],
    ])
    const share = reservedShareOf({ annual_canteen_budget: 12_000_000, reserved_share_percent: 10 }, purchases, 2026)
    expect(share).toMatchObject({ target: 1_200_000, counted: 500, counted_personal: 80, by_month: [{ month: "2026-03", institution: 500, personal: 80 }] })
    expect(share.progress).toBeCloseTo(580 / 1_200_000, 4)
  })
})
