/**
 * The 2020 programme figures (source: 昆明日报 / 云南日报, 2020-06-06, "昆明3个脱贫摘帽县区产业发展覆盖率达100%"),
 * shown as a labelled baseline beside what the marketplace itself has recorded.
 */
export const PROGRAMME_2020 = {
  source_zh: "昆明日报、云南日报 2020年6月6日《昆明3个脱贫摘帽县区产业发展覆盖率达100%》",
  source_en: "Kunming Daily / Yunnan Daily, 6 June 2020",
  households_driven: 76_000,
  people_driven: 280_000,
  linkage_coverage: 0.928,
  new_business_entities: 1_727,
  key_enterprises_with_files: 646,
  certified_products: 126,
  intent_institutions: 21,
  intent_counties: 8,
  intent_amount_cny: 39_330_000,
  service_stations: 363,
  village_station_coverage_min: 0.6,
  poor_villages_covered: 189,
  product_kinds_online: 38,
  ecommerce_sales_cny: 889_000_000,
  gi_trademarks: 13,
  organic_certificates: 88,
  organic_enterprises: 52,
  workshops: 79,
  workshop_employees: 10_300,
  delisted_counties: ["dongchuan", "xundian", "luquan"],
} as const

/** One bucket of the impact ledger's totals. */
export interface ImpactBucket {
  key: string
  /** a readable name for the key where the ledger has one (supplier name, kind name) */
  label?: string
  amount: number
  orders: number
  households: number
  suppliers: number
}

export interface ImpactSummary {
  totals: Omit<ImpactBucket, "key">
  by_county: ImpactBucket[]
  by_supplier: ImpactBucket[]
  by_kind: ImpactBucket[]
  by_month: ImpactBucket[]
}

/** GET /store/impact */
export interface StoreImpactResponse {
  baseline: typeof PROGRAMME_2020
  live: Pick<ImpactSummary, "totals" | "by_county">
}
