import type { MedusaContainer } from "@medusajs/framework/types"
import { GEOGRAPHY_MODULE } from "../../modules/geography"
import type GeographyModuleService from "../../modules/geography/service"
import { SERVICE_STATION_MODULE } from "../../modules/service-station"
import type ServiceStationModuleService from "../../modules/service-station/service"

/**
 * 363 e-commerce service stations (电商服务站) in the three delisted counties
 * (docs/source-figures.md): one township station in each of their 41 townships, and 322
 * village stations spread round-robin over the townships' villages (322 of the
 * 500 demo villages: 64.4 % > 60 %). Names and addresses are numbered; phone
 * numbers are unknown and stay empty.
 */
export const DEMO_STATION_TOTAL = 363
export const DEMO_STATION_COUNTIES = ["dongchuan", "luquan", "xundian"] as const

const TOWNSHIP_SEAT: Record<string, string> = { subdistrict: "街道办事处旁", town: "镇人民政府旁", township: "乡人民政府旁" }

type Place = { id: string; name: string }
type TownshipPlace = Place & { kind: string; county_handle: string; county_label: string; villages: Place[] }

export type PlannedStation = {
  name: string
  county_handle: string
  township_id: string
  village_id: string | null
  address: string
  opening_hours: string
  sort_order: number
}

/** Deterministic station plan over townships (in county, then township order) and their villages. */
export function stationPlan(townships: TownshipPlace[], total = DEMO_STATION_TOTAL): PlannedStation[] {
  const stations: PlannedStation[] = townships.map((t) => ({
    name: `${t.name} 第1服务站`,
    county_handle: t.county_handle,
    township_id: t.id,
    village_id: null,
    address: `${t.county_label}${t.name} ${TOWNSHIP_SEAT[t.kind] ?? "政府驻地旁"}`,
    opening_hours: "08:30–18:00",
    sort_order: 0,
  }))
  const villageStations: PlannedStation[] = []
  const rounds = Math.max(0, ...townships.map((t) => t.villages.length))
  for (let k = 0; k < rounds && stations.length + villageStations.length < total; k++) {
    for (const t of townships) {
      const v = t.villages[k]
      if (!v || stations.length + villageStations.length >= total) continue
      villageStations.push({
        name: `${v.name} 服务站`,
        county_handle: t.county_handle,
        township_id: t.id,
        village_id: v.id,
        address: `${t.county_label}${v.name} 村委会旁`,
        opening_hours: k % 2 === 0 ? "09:00–17:30" : "08:00–17:00",
        sort_order: 0,
      })
    }
  }
  // township station first, then its villages in order
  const ordered = townships.flatMap((t) => [
    ...stations.filter((s) => s.township_id === t.id),
    ...villageStations
      .filter((s) => s.township_id === t.id)
      .sort((a, b) => t.villages.findIndex((v) => v.id === a.village_id) - t.villages.findIndex((v) => v.id === b.village_id)),
  ])
  return ordered.map((s, i) => ({ ...s, sort_order: i }))
}

/** Loads the demo service stations; idempotent (a station is known by township and name). Needs seedGeography first. */
export async function seedServiceStations(container: MedusaContainer) {
  const geo = container.resolve<GeographyModuleService>(GEOGRAPHY_MODULE)
  const stations = container.resolve<ServiceStationModuleService>(SERVICE_STATION_MODULE)

  const counties = await geo.listCounties({ handle: [...DEMO_STATION_COUNTIES] }, { take: null, order: { sort_order: "ASC" } })
  const townships = await geo.listTownships(
    { county_id: counties.map((c) => c.id) },
    { take: null, order: { sort_order: "ASC" } }
  )
  const villages = await geo.listVillages(
    { township_id: townships.map((t) => t.id) },
    { take: null, select: ["id", "name", "township_id", "sort_order"], order: { sort_order: "ASC" } }
  )
  const places: TownshipPlace[] = counties.flatMap((c) =>
    townships
      .filter((t) => t.county_id === c.id)
      .map((t) => ({
        id: t.id,
        name: t.name,
        kind: t.kind,
        county_handle: c.handle,
        // 寻甸回族彝族自治县 → 寻甸县, 东川区 → 东川区
        county_label: `${c.short_zh}${c.name_zh.slice(-1)}`,
        villages: villages.filter((v) => v.township_id === t.id).map((v) => ({ id: v.id, name: v.name })),
      }))
  )
  if (!places.length) throw new Error("seedServiceStations: no townships in the delisted counties; run seedGeography first")

  const plan = stationPlan(places)
  const existing = await stations.listServiceStations(
    { township_id: places.map((p) => p.id) },
    { take: null, select: ["id", "township_id", "name"] }
  )
  const known = new Set(existing.map((s) => `${s.township_id}/${s.name}`))
  const missing = plan.filter((s) => !known.has(`${s.township_id}/${s.name}`))
  if (missing.length) {
    await stations.createServiceStations(
      missing.map((s) => ({ ...s, phone: null, pickup_enabled: true, is_active: true, metadata: { demo: true } }))
    )
  }
}
