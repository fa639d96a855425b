import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  creditCodeCheckChar,
  KUNMING_COUNTIES,
  type LinkageMechanism,
  type SupplierStatus,
  type SupplierType,
} from "@fupin/shared"
import { GEOGRAPHY_MODULE } from "../../modules/geography"
import type GeographyModuleService from "../../modules/geography/service"
import { SUPPLIER_MODULE } from "../../modules/supplier"
import type SupplierModuleService from "../../modules/supplier/service"
import { DEMO_PRODUCTS } from "./catalogue"
import { DEMO_TOWNSHIPS, villagePlan } from "./geography"

/**
 * Demo suppliers: the 1,727 new agricultural business entities of the 2020
 * report (docs/source-figures.md), of which 646 key enterprises with a supply/demand file,
 * 79 poverty-alleviation workshops employing 10,300 people, 52 enterprises
 * holding 88 organic certificates, and household linkage of 76,000 households /
 * 280,000 people over 1,603 suppliers (92.8 %). Every name is numbered and marked
 * 示例: plausible, never a real firm. Counties and townships are real.
 */
export const DEMO_SUPPLIER_FIGURES = {
  suppliers: 1727,
  key_enterprises: 646,
  workshops: 79,
  workshop_employees: 10_300,
  organic_holders: 52,
  organic_certificates: 88,
  linked_suppliers: 1603,
  households_bound: 76_000,
  people_bound: 280_000,
  poor_villages: 189,
} as const

/** Suppliers per county: mostly the three delisted counties. */
const COUNTY_COUNTS: Record<string, number> = {
  xundian: 560,
  luquan: 520,
  dongchuan: 420,
  jinning: 40,
  shilin: 25,
  songming: 25,
  yiliang: 25,
  fumin: 22,
  anning: 20,
  guandu: 15,
  chenggong: 15,
  xishan: 15,
  panlong: 13,
  wuhua: 12,
}
const DELISTED = ["xundian", "luquan", "dongchuan"]

/** What each county's suppliers do; the product words let products find their supplier. */
const INDUSTRIES: Record<string, string[]> = {
  xundian: ["肉牛养殖", "牛干巴加工", "水稻种植", "马铃薯种植", "蔬菜种植", "中药材种植", "蓝莓种植"],
  luquan: ["苦荞种植", "野生菌加工", "中蜂养殖", "花椒种植", "核桃种植", "生猪养殖", "马铃薯种植", "中药材种植"],
  dongchuan: ["面条加工", "马铃薯种植", "核桃种植", "辣椒种植", "蔬菜种植", "小杂粮种植", "肉牛养殖", "中药材种植"],
  jinning: ["花卉种植", "蔬菜种植", "水果种植"],
  shilin: ["人参果种植", "蔬菜种植", "乳饼加工"],
}
const OTHER_INDUSTRIES = ["蔬菜种植", "花卉种植", "水果种植", "食用菌种植", "茶叶加工"]
const WORKSHOP_INDUSTRIES = ["农产品分拣包装", "民族服饰刺绣", "竹编工艺品", "食品加工", "服装加工"]

const PRODUCTS_OF: Record<string, string[]> = {
  肉牛养殖: ["肉牛", "鲜牛肉"],
  牛干巴加工: ["牛干巴", "卤牛肉"],
  水稻种植: ["大米"],
  马铃薯种植: ["马铃薯", "马铃薯种薯"],
  蔬菜种植: ["时令蔬菜", "豌豆尖"],
  中药材种植: ["重楼", "白及"],
  蓝莓种植: ["蓝莓"],
  苦荞种植: ["苦荞米", "苦荞茶"],
  野生菌加工: ["干巴菌", "牛肝菌干片"],
  中蜂养殖: ["野生蜂蜜"],
  花椒种植: ["青花椒", "红花椒"],
  核桃种植: ["核桃", "核桃仁"],
  生猪养殖: ["生猪", "火腿"],
  面条加工: ["东川面条", "荞麦面条"],
  辣椒种植: ["小米辣", "干辣椒"],
  小杂粮种植: ["荞麦", "燕麦", "红豆"],
  花卉种植: ["鲜切玫瑰", "康乃馨"],
  水果种植: ["桃", "梨"],
  人参果种植: ["人参果"],
  乳饼加工: ["乳饼"],
  食用菌种植: ["香菇", "平菇"],
  茶叶加工: ["绿茶"],
}
const SEASONS: Record<string, number[]> = {
  肉牛养殖: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  牛干巴加工: [1, 2, 3, 10, 11, 12],
  水稻种植: [9, 10, 11],
  马铃薯种植: [6, 7, 8, 9],
  蔬菜种植: [3, 4, 5, 6, 7, 8, 9, 10],
  蓝莓种植: [5, 6, 7],
  野生菌加工: [6, 7, 8, 9],
  中蜂养殖: [4, 5, 10, 11],
  花椒种植: [7, 8],
  核桃种植: [9, 10],
  辣椒种植: [7, 8, 9, 10],
  花卉种植: [1, 2, 3, 4, 5, 9, 10, 11, 12],
  水果种植: [6, 7, 8],
  人参果种植: [2, 3, 4, 5],
}
const UNMET_DEMAND = [
  "冷链仓储不足，旺季鲜品外销受限（示例）",
  "缺少稳定的机关、学校食堂订单（示例）",
  "包装设计与品牌推广能力弱，需电商运营支持（示例）",
  "物流成本高，需乡镇电商服务站集中配送（示例）",
  null,
]
const MECHANISMS: Record<string, LinkageMechanism[][]> = {
  key: [
    ["purchase_contract", "employment"],
    ["purchase_contract", "dividend"],
    ["employment", "land_lease", "purchase_contract"],
    ["dividend", "employment"],
  ],
  workshop: [["employment"]],
  enterprise: [["purchase_contract", "employment"]],
  cooperative: [["dividend", "purchase_contract"], ["dividend", "land_lease"], ["purchase_contract"]],
  family_farm: [["land_lease", "employment"], ["employment"]],
}
const SUFFIX: Record<SupplierType, string> = {
  enterprise: "有限公司",
  cooperative: "专业合作社",
  family_farm: "家庭农场",
  workshop: "扶贫车间",
}
/** Administrative division codes (行政区划代码) used in the demo credit codes. */
const REGION_CODES: Record<string, string> = {
  wuhua: "530102",
  panlong: "530103",
  guandu: "530111",
  xishan: "530112",
  dongchuan: "530113",
  chenggong: "530114",
  jinning: "530115",
  anning: "530181",
  fumin: "530124",
  yiliang: "530125",
  shilin: "530126",
  songming: "530127",
  luquan: "530128",
  xundian: "530129",
}
/** 登记管理部门 + 机构类别 (GB 32100): 91 enterprise, 92 individual business, 93 cooperative. */
const REGISTRATION: Record<SupplierType, string> = { enterprise: "91", workshop: "91", family_farm: "92", cooperative: "93" }
const ISSUERS = ["有机产品认证机构（示例01）", "有机产品认证机构（示例02）", "有机产品认证机构（示例03）"]

export interface DemoSupplierPlan {
  credit_code: string
  legal_name: string
  type: SupplierType
  is_key: boolean
  county_handle: string
  township: string | null
  village: string | null
  industry: string
  status: SupplierStatus
  review_note: string | null
  households_bound: number
  people_bound: number
  mechanisms: LinkageMechanism[]
  employees: number | null
  description: string
  contact_phone: string
  supply_demand_file: {
    products: string[]
    yearly_capacity_tonnes: number
    season_months: number[]
    minimum_order_quantity: number
    minimum_order_unit: string
    unmet_demand: string | null
  } | null
  organic_certificates: Array<{ number: string; issuer: string; product_scope: string; issued_on: string; expires_on: string }>
}

/** mulberry32: a small PRNG with a fixed seed, so the plan is the same on every machine. */
function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffle<T>(items: T[], rand: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/** Splits `total` into positive integers proportional to `weights`, summing exactly to `total`. */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const raw = weights.map((w) => (total * w) / sum)
  const out = raw.map((r) => Math.max(1, Math.floor(r)))
  let rest = total - out.reduce((a, b) => a + b, 0)
  // hand the remainder to the largest fractional parts (or take from the largest shares)
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1])
  for (let k = 0; rest !== 0; k = (k + 1) % order.length) {
    const i = order[k]![1]
    if (rest > 0) {
      out[i]!++
      rest--
    } else if (out[i]! > 1) {
      out[i]!--
      rest++
    }
  }
  return out
}

function countyPrefix(handle: string): string {
  const c = KUNMING_COUNTIES.find((k) => k.handle === handle)!
  return c.short_zh + c.name_zh.slice(-1)
}

/** The deterministic plan of all demo suppliers (pure: no database). */
export function demoSupplierPlan(): DemoSupplierPlan[] {
  const rand = prng(20200618)
  const villages = villagePlan()

  // Slots: county, township, industry
  type Slot = { county_handle: string; township: string | null; village: string | null; k: number }
  const slots: Slot[] = []
  for (const [county_handle, count] of Object.entries(COUNTY_COUNTS)) {
    const townships = DEMO_TOWNSHIPS[county_handle]?.map(([name]) => name) ?? []
    const perTownship = new Map<string, number>()
    for (let k = 0; k < count; k++) {
      let township: string | null = null
      if (DELISTED.includes(county_handle)) township = townships[k % townships.length]!
      else if (townships.length && k % 2 === 0) township = townships[0]!
      let village: string | null = null
      if (township && DELISTED.includes(county_handle)) {
        // poor villages first, so that every poor village has a supplier
        const list = [...(villages.get(`${county_handle}/${township}`) ?? [])].sort((a, b) => Number(b.is_poor) - Number(a.is_poor))
        const j = perTownship.get(township) ?? 0
        perTownship.set(township, j + 1)
        village = list.length ? list[j % list.length]!.name : null
      }
      slots.push({ county_handle, township, village, k })
    }
  }

  // Types: workshops only in the delisted counties; the rest shuffled over all slots
  const F = DEMO_SUPPLIER_FIGURES
  const delistedSlots = slots.map((s, i) => [s, i] as const).filter(([s]) => DELISTED.includes(s.county_handle)).map(([, i]) => i)
  const workshopSlots = new Set(shuffle(delistedSlots, rand).slice(0, F.workshops))
  const pool: Array<"key" | SupplierType> = shuffle(
    [
      ...Array<"key">(F.key_enterprises).fill("key"),
      ...Array<SupplierType>(62).fill("enterprise"),
      ...Array<SupplierType>(560).fill("cooperative"),
      ...Array<SupplierType>(F.suppliers - F.key_enterprises - F.workshops - 62 - 560).fill("family_farm"),
    ],
    rand
  )
  let p = 0
  const kinds = slots.map((_, i) => (workshopSlots.has(i) ? "workshop" : pool[p++]!))

  // Household linkage: 124 small cooperatives/farms/enterprises have none; the
  // eight not yet approved are among them, so approved suppliers carry every figure.
  const unlinkedCandidates = kinds.map((k, i) => [k, i] as const).filter(([k]) => k !== "key" && k !== "workshop").map(([, i]) => i)
  const unlinkedList = shuffle(unlinkedCandidates, rand).slice(0, F.suppliers - F.linked_suppliers)
  const unlinked = new Set(unlinkedList)
  const reviewQueue = unlinkedList.filter((i) => DELISTED.includes(slots[i]!.county_handle)).slice(0, 8)
  const statusOf = new Map<number, [SupplierStatus, string | null]>([
    ...reviewQueue.slice(0, 5).map((i) => [i, ["pending", null]] as [number, [SupplierStatus, null]]),
    [reviewQueue[5]!, ["rejected", "营业执照与统一社会信用代码不一致（示例）"]],
    [reviewQueue[6]!, ["rejected", "申报材料不全，未提供带贫名单（示例）"]],
    [reviewQueue[7]!, ["suspended", "产品抽检不合格，整改中（示例）"]],
  ])

  const weightOf: Record<string, number> = { key: 3, workshop: 2.5, enterprise: 1.5, cooperative: 1, family_farm: 0.4 }
  const linkedIdx = slots.map((_, i) => i).filter((i) => !unlinked.has(i))
  const households = apportion(F.households_bound, linkedIdx.map((i) => weightOf[kinds[i]!]! * (0.6 + 0.8 * rand())))
  const people = apportion(F.people_bound, households.map((h) => h * (3.3 + 0.8 * rand())))
  const linkage = new Map(linkedIdx.map((i, j) => [i, [households[j]!, people[j]!] as const]))

  const workshopIdx = slots.map((_, i) => i).filter((i) => kinds[i] === "workshop")
  const employees = apportion(F.workshop_employees, workshopIdx.map(() => 0.5 + rand()))
  const employeesOf = new Map(workshopIdx.map((i, j) => [i, employees[j]!]))

  // Organic certificates: 52 key enterprises, 36 with two certificates and 16 with one
  const keyIdx = slots.map((_, i) => i).filter((i) => kinds[i] === "key")
  const holders = shuffle(keyIdx, rand).slice(0, F.organic_holders)
  const certCount = new Map(holders.map((i, j) => [i, j < F.organic_certificates - F.organic_holders ? 2 : 1]))

  const seen = new Map<string, number>()
  let certSeq = 0
  return slots.map((slot, i) => {
    const kind = kinds[i]!
    const type: SupplierType = kind === "key" ? "enterprise" : kind
    const industries = type === "workshop" ? WORKSHOP_INDUSTRIES : (INDUSTRIES[slot.county_handle] ?? OTHER_INDUSTRIES)
    const townshipCount = DEMO_TOWNSHIPS[slot.county_handle]?.length ?? 1
    const industry = industries[Math.floor(slot.k / townshipCount) % industries.length]!
    const base = `${countyPrefix(slot.county_handle)}${slot.township ?? ""}${industry}${SUFFIX[type]}`
    const nth = (seen.get(base) ?? 0) + 1
    seen.set(base, nth)
    const first17 = `${REGISTRATION[type]}${REGION_CODES[slot.county_handle]}MA9${String(i + 1).padStart(6, "0")}`
    const [status, review_note] = statusOf.get(i) ?? ["approved", null]
    const [households_bound, people_bound] = linkage.get(i) ?? [0, 0]
    const mechanismChoices = MECHANISMS[kind]!
    const products = PRODUCTS_OF[industry] ?? [industry.replace(/(种植|养殖|加工)$/, "")]
    const certs = certCount.get(i) ?? 0
    return {
      credit_code: first17 + creditCodeCheckChar(first17),
      legal_name: `${base}（示例${String(nth).padStart(2, "0")}）`,
      type,
      is_key: kind === "key",
      county_handle: slot.county_handle,
      township: slot.township,
      village: slot.village,
      industry,
      status,
      review_note,
      households_bound,
      people_bound,
      mechanisms: households_bound ? mechanismChoices[i % mechanismChoices.length]! : [],
      employees: employeesOf.get(i) ?? null,
      description: `${SUFFIX[type] === "有限公司" ? "农业企业" : SUFFIX[type]}，主营${products.join("、")}。示例数据，非真实企业。`,
      contact_phone: `0871-0000${String(i + 1).padStart(4, "0")}`,
      supply_demand_file:
        kind === "key"
          ? {
              products,
              yearly_capacity_tonnes: 50 + 10 * Math.floor(rand() * 300),
              season_months: SEASONS[industry] ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
              minimum_order_quantity: [50, 100, 200, 500][i % 4]!,
              minimum_order_unit: "公斤",
              unmet_demand: UNMET_DEMAND[i % UNMET_DEMAND.length]!,
            }
          : null,
      organic_certificates: Array.from({ length: certs }, (_, c) => {
        certSeq++
        const month = String(1 + (certSeq % 10)).padStart(2, "0")
        return {
          number: `DEMO-OP-26${String(certSeq).padStart(5, "0")}`,
          issuer: ISSUERS[certSeq % ISSUERS.length]!,
          product_scope: products[c % products.length]!,
          issued_on: `2026-${month}-01`,
          expires_on: `2027-${month}-01`,
        }
      }),
    }
  })
}

/** Loads the demo suppliers, their supply/demand files and organic certificates; idempotent. */
export async function seedSuppliers(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
  const geo = container.resolve<GeographyModuleService>(GEOGRAPHY_MODULE)
  const plan = demoSupplierPlan()

  const counties = await geo.listCounties({}, { take: null })
  const townships = await geo.listTownships({}, { take: null, select: ["id", "name", "county_id"] })
  const villages = await geo.listVillages({}, { take: null, select: ["id", "name", "township_id"] })
  const countyId = new Map(counties.map((c) => [c.handle, c.id]))
  const townshipId = new Map(townships.map((t) => [`${t.county_id}/${t.name}`, t.id]))
  const villageId = new Map(villages.map((v) => [`${v.township_id}/${v.name}`, v.id]))

  const existing = await suppliers.listSuppliers({ demo: true }, { take: null, select: ["id", "credit_code"] })
  const have = new Set(existing.map((s) => s.credit_code))
  const reviewedAt = new Date(Date.UTC(2020, 5, 1))
  const missing = plan
    .filter((s) => !have.has(s.credit_code))
    .map((s) => {
      const township_id = s.township ? (townshipId.get(`${countyId.get(s.county_handle)}/${s.township}`) ?? null) : null
      return {
        legal_name: s.legal_name,
        credit_code: s.credit_code,
        type: s.type,
        is_key: s.is_key,
        county_handle: s.county_handle,
        township_id,
        village_id: township_id && s.village ? (villageId.get(`${township_id}/${s.village}`) ?? null) : null,
        contact_name: "联系人（示例）",
        contact_phone: s.contact_phone,
        description: s.description,
        status: s.status,
        reviewed_by: s.status === "pending" ? null : "seed-demo",
        reviewed_at: s.status === "pending" ? null : reviewedAt,
        review_note: s.review_note,
        households_bound: s.households_bound,
        people_bound: s.people_bound,
        mechanisms: s.mechanisms,
        employees: s.employees,
        demo: true,
      }
    })
  for (let i = 0; i < missing.length; i += 500) {
    await suppliers.createSuppliers(missing.slice(i, i + 500))
  }

  const all = await suppliers.listSuppliers({ demo: true }, { take: null, select: ["id", "credit_code"] })
  const idOf = new Map(all.map((s) => [s.credit_code, s.id]))

  const files = await suppliers.listSupplyDemandFiles({}, { take: null, select: ["supplier_id"] })
  const withFile = new Set(files.map((f) => f.supplier_id))
  const filesToCreate = plan
    .filter((s) => s.supply_demand_file && !withFile.has(idOf.get(s.credit_code)!))
    .map((s) => ({
      ...s.supply_demand_file!,
      season_months: s.supply_demand_file!.season_months as unknown as Record<string, unknown>,
      supplier_id: idOf.get(s.credit_code)!,
    }))
  if (filesToCreate.length) await suppliers.createSupplyDemandFiles(filesToCreate)

  const certNumbers = plan.flatMap((s) => s.organic_certificates.map((c) => c.number))
  const certs = await suppliers.listOrganicCertificates({ number: certNumbers }, { take: null, select: ["number"] })
  const haveCert = new Set(certs.map((c) => c.number))
  const certsToCreate = plan.flatMap((s) =>
    s.organic_certificates
      .filter((c) => !haveCert.has(c.number))
      .map((c) => ({
        ...c,
        issued_on: new Date(c.issued_on),
        expires_on: new Date(c.expires_on),
        supplier_id: idOf.get(s.credit_code)!,
      }))
  )
  if (certsToCreate.length) await suppliers.createOrganicCertificates(certsToCreate)

  if (missing.length) {
    logger.info(`demo: ${missing.length} suppliers, ${filesToCreate.length} supply/demand files, ${certsToCreate.length} organic certificates`)
  }
}

export interface PickDemoSupplierInput {
  county_handle: string
  /** township (乡镇/街道) name; preferred when a supplier there fits */
  township?: string | null
  /** a word of the supplier's industry or product: 牛干巴, 苦荞, 花卉 … */
  keyword?: string | null
  /** spreads products over several fitting suppliers */
  index?: number
}

/**
 * Chooses the approved demo key enterprise that should supply a demo product:
 * the county's enterprises whose name contains `keyword`, preferring those in
 * `township`; falling back to any key enterprise of the county, then of the
 * three delisted counties. Deterministic: the same input gives the same supplier.
 * Returns the supplier id.
 */
export async function pickDemoSupplier(container: MedusaContainer, input: PickDemoSupplierInput): Promise<string> {
  const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
  const geo = container.resolve<GeographyModuleService>(GEOGRAPHY_MODULE)
  const select = ["id", "legal_name", "credit_code", "county_handle", "township_id"]
  const byCode = (a: { credit_code: string }, b: { credit_code: string }) => a.credit_code.localeCompare(b.credit_code)
  const inCounty = (
    await suppliers.listSuppliers({ demo: true, is_key: true, status: "approved", county_handle: input.county_handle }, { take: null, select })
  ).sort(byCode)
  let townshipId: string | undefined
  if (input.township) {
    const [county] = await geo.listCounties({ handle: input.county_handle })
    const [township] = county ? await geo.listTownships({ county_id: county.id, name: input.township }) : []
    townshipId = township?.id
  }
  const keyword = input.keyword ?? ""
  const fits = inCounty.filter((s) => keyword && s.legal_name.includes(keyword))
  const candidates = [fits.filter((s) => s.township_id === townshipId), fits, inCounty.filter((s) => s.township_id === townshipId), inCounty].find(
    (list) => list.length > 0
  )
  const pool =
    candidates ??
    (await suppliers.listSuppliers({ demo: true, is_key: true, status: "approved", county_handle: DELISTED }, { take: null, select })).sort(byCode)
  if (!pool.length) throw new Error("pickDemoSupplier: no demo suppliers; run seedSuppliers first")
  return pool[(input.index ?? 0) % pool.length]!.id
}

/**
 * Links products to suppliers through the product ↔ supplier link, skipping
 * products that already have one. Idempotent; for demo and import scripts.
 */
export async function linkProductsToSuppliers(container: MedusaContainer, pairs: Array<{ product_id: string; supplier_id: string }>) {
  if (!pairs.length) return 0
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "supplier.id"],
    filters: { id: pairs.map((p) => p.product_id) },
  })
  // `supplier` is the field the product-supplier link adds to products
  const linked = new Set(
    (data as Array<{ id: string; supplier?: { id: string } | null }>).filter((p) => p.supplier?.id).map((p) => p.id)
  )
  const missing = pairs.filter((p) => !linked.has(p.product_id))
  if (missing.length) {
    await link.create(
      missing.map((p) => ({ [Modules.PRODUCT]: { product_id: p.product_id }, [SUPPLIER_MODULE]: { supplier_id: p.supplier_id } }))
    )
  }
  return missing.length
}

/** Which supplier word fits each catalogue product. */
const CATALOGUE_KEYWORDS: Record<string, string> = {
  "dongchuan-noodles": "面条",
  "xundian-dried-beef": "牛干巴",
  "luquan-tartary-buckwheat": "苦荞",
  "dongchuan-potatoes": "马铃薯",
  "luquan-wild-honey": "蜂",
  "dongchuan-walnuts": "核桃",
  "luquan-dried-mushrooms": "菌",
  "jinning-fresh-roses": "花卉",
  "xundian-rice": "水稻",
  "dongchuan-chili": "辣椒",
}

/** Gives every demo catalogue product its supplier; idempotent. Call after the products exist. */
export async function linkDemoProductsToSuppliers(container: MedusaContainer) {
  const products = await container.resolve(Modules.PRODUCT).listProducts({ handle: DEMO_PRODUCTS.map((p) => p.handle) })
  const pairs: Array<{ product_id: string; supplier_id: string }> = []
  for (const demo of DEMO_PRODUCTS) {
    const product = products.find((p) => p.handle === demo.handle)
    if (!product) continue
    pairs.push({
      product_id: product.id,
      supplier_id: await pickDemoSupplier(container, {
        county_handle: demo.county_handle,
        township: demo.township,
        keyword: CATALOGUE_KEYWORDS[demo.handle] ?? null,
      }),
    })
  }
  const created = await linkProductsToSuppliers(container, pairs)
  if (created) container.resolve(ContainerRegistrationKeys.LOGGER).info(`demo: ${created} products linked to suppliers`)
}
