import { areaList } from "@vant/area-data"

/**
 * China's administrative divisions (省 → 市 → 区县) for addresses, from the
 * maintained `@vant/area-data` dataset (GB/T 2260 codes: 530000 云南省,
 * 530100 昆明市, 530129 寻甸回族彝族自治县). Deliveries go to the mainland:
 * Taiwan, Hong Kong and Macao have their own country codes in Medusa and are
 * left out of the picker.
 *
 * Imported as `@fupin/shared/divisions` so that only the pages with an
 * address form load the data.
 */

export interface Division {
  /** six-digit GB/T 2260 code */
  code: string
  name: string
}

/** Where the marketplace's shoppers mostly live: preselected in every address form. */
export const DEFAULT_PROVINCE = "云南省"
export const DEFAULT_CITY = "昆明市"

const OUTSIDE_MAINLAND = new Set(["71", "81", "82"])

function list(source: Record<string, string>, prefix: string, width: number): Division[] {
  return Object.entries(source)
    .filter(([code]) => code.startsWith(prefix) && code.length === 6 && code.slice(0, width) === prefix)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.code.localeCompare(b.code))
}

/** The mainland's 31 provinces, autonomous regions and municipalities, by code. */
export function provinces(): Division[] {
  return list(areaList.province_list, "", 0).filter((p) => !OUTSIDE_MAINLAND.has(p.code.slice(0, 2)))
}

/** The prefecture-level cities of a province (a municipality has one: 北京市 → 北京市). */
export function citiesOf(provinceCode: string): Division[] {
  return list(areaList.city_list, provinceCode.slice(0, 2), 2)
}

/** The county-level divisions (区, 县, 县级市) of a city. */
export function districtsOf(cityCode: string): Division[] {
  return list(areaList.county_list, cityCode.slice(0, 4), 4)
}

const byName = (divisions: Division[], name: string | undefined) => {
  const wanted = (name ?? "").trim()
  return wanted ? divisions.find((d) => d.name === wanted) : undefined
}

export interface DivisionPath {
  province?: Division
  city?: Division
  district?: Division
}

/**
 * The divisions an address names, as far as they are real and nested: a city
 * counts only inside its province, a district only inside its city.
 */
export function findDivisions(address: { province?: string; city?: string; district?: string }): DivisionPath {
  const province = byName(provinces(), address.province)
  const city = province ? byName(citiesOf(province.code), address.city) : undefined
  const district = city ? byName(districtsOf(city.code), address.district) : undefined
  return { province, city, district }
}

/** The lists an address form shows for the chosen names (a level is empty until its parent is chosen). */
export function divisionOptions(address: { province?: string; city?: string }): {
  provinces: Division[]
  cities: Division[]
  districts: Division[]
} {
  const { province, city } = findDivisions(address)
  return {
    provinces: provinces(),
    cities: province ? citiesOf(province.code) : [],
    districts: city ? districtsOf(city.code) : [],
  }
}
