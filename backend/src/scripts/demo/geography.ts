import type { MedusaContainer } from "@medusajs/framework/types"
import { KUNMING_COUNTIES } from "@fupin/shared"
import { GEOGRAPHY_MODULE } from "../../modules/geography"
import type GeographyModuleService from "../../modules/geography/service"

type Kind = "subdistrict" | "town" | "township"

/**
 * Real township-level divisions (乡镇/街道) of the three delisted poverty counties,
 * and of the county showcases the demo catalogue uses. Villages below them are
 * numbered (村01 …): our sources do not name them.
 */
export const DEMO_TOWNSHIPS: Record<string, Array<[name: string, kind: Kind]>> = {
  dongchuan: [
    ["铜都街道", "subdistrict"],
    ["碧谷街道", "subdistrict"],
    ["乌龙镇", "town"],
    ["阿旺镇", "town"],
    ["因民镇", "town"],
    ["汤丹镇", "town"],
    ["红土地镇", "town"],
    ["拖布卡镇", "town"],
    ["舍块乡", "township"],
  ],
  luquan: [
    ["屏山街道", "subdistrict"],
    ["崇德街道", "subdistrict"],
    ["转龙镇", "town"],
    ["撒营盘镇", "town"],
    ["团街镇", "town"],
    ["中屏镇", "town"],
    ["乌东德镇", "town"],
    ["九龙镇", "town"],
    ["茂山镇", "town"],
    ["翠华镇", "town"],
    ["皎平渡镇", "town"],
    ["汤郎乡", "township"],
    ["则黑乡", "township"],
    ["马鹿塘乡", "township"],
    ["云龙乡", "township"],
    ["雪山乡", "township"],
  ],
  xundian: [
    ["仁德街道", "subdistrict"],
    ["塘子街道", "subdistrict"],
    ["金所街道", "subdistrict"],
    ["羊街镇", "town"],
    ["柯渡镇", "town"],
    ["倘甸镇", "town"],
    ["功山镇", "town"],
    ["河口镇", "town"],
    ["七星镇", "town"],
    ["先锋镇", "town"],
    ["鸡街镇", "town"],
    ["凤合镇", "town"],
    ["六哨乡", "township"],
    ["甸沙乡", "township"],
    ["金源乡", "township"],
    ["联合乡", "township"],
  ],
  jinning: [["上蒜镇", "town"]],
  shilin: [["西街口镇", "town"]],
}

/** 一县一业 provincial demonstrations named in the 2020 report. */
export const SHOWCASES: Record<string, { zh: string; en: string }> = {
  jinning: { zh: "花卉产业", en: "Flowers" },
  xundian: { zh: "肉牛产业", en: "Beef cattle" },
}

/** Villages in the three delisted counties, and how many are poor villages (docs/source-figures.md: 189). */
export const DEMO_VILLAGE_TOTAL = 500
export const DEMO_POOR_VILLAGES = 189
const DELISTED = ["dongchuan", "luquan", "xundian"] as const

/** Deterministic village plan: name and poverty flag per delisted-county township. */
export function villagePlan(): Map<string, Array<{ name: string; is_poor: boolean }>> {
  const townships = DELISTED.flatMap((c) => DEMO_TOWNSHIPS[c]!.map(([name]) => `${c}/${name}`))
  const base = Math.floor(DEMO_VILLAGE_TOTAL / townships.length)
  const extra = DEMO_VILLAGE_TOTAL - base * townships.length
  const counts = townships.map((_, i) => base + (i < extra ? 1 : 0))
  // Poor villages spread round-robin: the first village of every township, then the second …
  const poor = new Set<string>()
  for (let k = 0; poor.size < DEMO_POOR_VILLAGES; k++) {
    townships.forEach((t, i) => {
      if (poor.size < DEMO_POOR_VILLAGES && k < counts[i]!) poor.add(`${t}#${k}`)
    })
  }
  const plan = new Map<string, Array<{ name: string; is_poor: boolean }>>()
  townships.forEach((t, i) => {
    const township = t.split("/")[1]!
    plan.set(
      t,
      Array.from({ length: counts[i]! }, (_, k) => ({
        name: `${township} 村${String(k + 1).padStart(2, "0")}`,
        is_poor: poor.has(`${t}#${k}`),
      }))
    )
  })
  return plan
}

/** Loads counties, townships and villages; idempotent. */
export async function seedGeography(container: MedusaContainer) {
  const geo = container.resolve<GeographyModuleService>(GEOGRAPHY_MODULE)

  const existing = await geo.listCounties({}, { take: null })
  const missing = KUNMING_COUNTIES.filter((c) => !existing.some((e) => e.handle === c.handle))
  if (missing.length) {
    await geo.createCounties(
      missing.map((c) => ({
        handle: c.handle,
        name_zh: c.name_zh,
        name_en: c.name_en,
        short_zh: c.short_zh,
        delisted_poverty_county: c.delisted_poverty_county,
        showcase_industry_zh: SHOWCASES[c.handle]?.zh ?? null,
        showcase_industry_en: SHOWCASES[c.handle]?.en ?? null,
        sort_order: KUNMING_COUNTIES.indexOf(c),
      }))
    )
  }
  const counties = await geo.listCounties({}, { take: null })
  const countyId = new Map(counties.map((c) => [c.handle, c.id]))

  const townships = await geo.listTownships({}, { take: null })
  const toCreate = Object.entries(DEMO_TOWNSHIPS).flatMap(([handle, list]) =>
    list
      .filter(([name]) => !townships.some((t) => t.county_id === countyId.get(handle) && t.name === name))
      .map(([name, kind]) => ({ name, kind, county_id: countyId.get(handle)!, sort_order: list.findIndex(([n]) => n === name) }))
  )
  if (toCreate.length) await geo.createTownships(toCreate)

  const allTownships = await geo.listTownships({}, { take: null })
  const villages = await geo.listVillages({}, { take: null, select: ["id", "name", "township_id"] })
  const villageKeys = new Set(villages.map((v) => `${v.township_id}/${v.name}`))
  const villagesToCreate: Array<{ name: string; is_poor: boolean; township_id: string; sort_order: number }> = []
  for (const [key, list] of villagePlan()) {
    const [handle, name] = key.split("/") as [string, string]
    const township = allTownships.find((t) => t.county_id === countyId.get(handle) && t.name === name)
    if (!township) continue
    list.forEach((v, i) => {
      if (!villageKeys.has(`${township.id}/${v.name}`)) villagesToCreate.push({ ...v, township_id: township.id, sort_order: i })
    })
  }
  if (villagesToCreate.length) await geo.createVillages(villagesToCreate)
}
