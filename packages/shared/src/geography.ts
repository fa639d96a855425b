/**
 * Kunming's 14 county-level divisions (县级行政区). The three delisted poverty
 * counties (摘帽县区) are flagged: 东川区, 禄劝县, 寻甸县.
 */
export interface CountyInfo {
  /** stable handle used in URLs and seed data */
  handle: string
  name_zh: string
  name_en: string
  /** short form used in product titles and reports (寻甸, 禄劝 …) */
  short_zh: string
  delisted_poverty_county: boolean
}

export const KUNMING_COUNTIES: readonly CountyInfo[] = [
  { handle: "wuhua", name_zh: "五华区", name_en: "Wuhua District", short_zh: "五华", delisted_poverty_county: false },
  { handle: "panlong", name_zh: "盘龙区", name_en: "Panlong District", short_zh: "盘龙", delisted_poverty_county: false },
  { handle: "guandu", name_zh: "官渡区", name_en: "Guandu District", short_zh: "官渡", delisted_poverty_county: false },
  { handle: "xishan", name_zh: "西山区", name_en: "Xishan District", short_zh: "西山", delisted_poverty_county: false },
  { handle: "dongchuan", name_zh: "东川区", name_en: "Dongchuan District", short_zh: "东川", delisted_poverty_county: true },
  { handle: "chenggong", name_zh: "呈贡区", name_en: "Chenggong District", short_zh: "呈贡", delisted_poverty_county: false },
  { handle: "jinning", name_zh: "晋宁区", name_en: "Jinning District", short_zh: "晋宁", delisted_poverty_county: false },
  { handle: "anning", name_zh: "安宁市", name_en: "Anning City", short_zh: "安宁", delisted_poverty_county: false },
  { handle: "fumin", name_zh: "富民县", name_en: "Fumin County", short_zh: "富民", delisted_poverty_county: false },
  { handle: "yiliang", name_zh: "宜良县", name_en: "Yiliang County", short_zh: "宜良", delisted_poverty_county: false },
  { handle: "shilin", name_zh: "石林彝族自治县", name_en: "Shilin Yi Autonomous County", short_zh: "石林", delisted_poverty_county: false },
  { handle: "songming", name_zh: "嵩明县", name_en: "Songming County", short_zh: "嵩明", delisted_poverty_county: false },
  { handle: "luquan", name_zh: "禄劝彝族苗族自治县", name_en: "Luquan Yi and Miao Autonomous County", short_zh: "禄劝", delisted_poverty_county: true },
  { handle: "xundian", name_zh: "寻甸回族彝族自治县", name_en: "Xundian Hui and Yi Autonomous County", short_zh: "寻甸", delisted_poverty_county: true },
]

export function countyByHandle(handle: string): CountyInfo | undefined {
  return KUNMING_COUNTIES.find((c) => c.handle === handle)
}

/** A township as GET /store/counties lists it under its county. */
export interface StoreTownship {
  id: string
  name: string
  kind: string
}

/** A county as GET /store/counties answers it, with its townships. */
export interface StoreCounty extends CountyInfo {
  id: string
  showcase_industry_zh: string | null
  showcase_industry_en: string | null
  townships: StoreTownship[]
}
