import { describe, expect, it } from "vitest"
import { normaliseOpeningHours, openingHoursProblem } from "@fupin/shared"
import { DEMO_STATION_TOTAL, stationPlan } from "../../../scripts/demo/service-stations"

describe("opening hours", () => {
  it("accepts HH:MM–HH:MM ranges that close after they open, with an en dash or a hyphen", () => {
    expect(openingHoursProblem("08:30–18:00")).toBeNull()
    expect(openingHoursProblem("08:30-18:00")).toBeNull()
    expect(normaliseOpeningHours("08:30-18:00")).toBe("08:30–18:00")
  })

  it("refuses other shapes and ranges that close before they open", () => {
    expect(openingHoursProblem("8:30–18:00")).toBe("format")
    expect(openingHoursProblem("08:30–24:00")).toBe("format")
    expect(openingHoursProblem("全天")).toBe("format")
    expect(openingHoursProblem("18:00–08:30")).toBe("order")
    expect(openingHoursProblem("08:30–08:30")).toBe("order")
  })
})

describe("demo station plan", () => {
  // 41 townships with 500 villages between them, as the geography demo data has
  const townships = Array.from({ length: 41 }, (_, t) => ({
    id: `twp_${t}`,
    name: `镇${t}`,
    kind: "town",
    county_handle: ["dongchuan", "luquan", "xundian"][t % 3]!,
    county_label: "某县",
    villages: Array.from({ length: t < 8 ? 13 : 12 }, (_, v) => ({ id: `vil_${t}_${v}`, name: `镇${t} 村${v + 1}` })),
  }))

  it("is 363 stations: one township station everywhere, village stations in more than 60% of villages", () => {
    const plan = stationPlan(townships)
    expect(plan).toHaveLength(DEMO_STATION_TOTAL)
    const townshipLevel = plan.filter((s) => s.village_id === null)
    expect(new Set(townshipLevel.map((s) => s.township_id)).size).toBe(41)
    const villageIds = new Set(plan.map((s) => s.village_id).filter(Boolean))
    expect(villageIds.size).toBe(322)
    expect(villageIds.size / 500).toBeGreaterThan(0.6)
    expect(new Set(plan.map((s) => s.name + s.township_id)).size).toBe(plan.length)
  })

  it("numbers names and addresses instead of inventing them, and is the same every time", () => {
    const plan = stationPlan(townships)
    expect(plan[0]).toMatchObject({ name: "镇0 第1服务站", village_id: null, sort_order: 0 })
    expect(plan[1]).toMatchObject({ name: "镇0 村1 服务站", address: "某县镇0 村1 村委会旁", sort_order: 1 })
    expect(stationPlan(townships)).toEqual(plan)
  })
})
