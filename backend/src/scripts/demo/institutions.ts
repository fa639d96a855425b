import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN, Modules } from "@medusajs/framework/utils"
import { creditCodeCheckChar, type InstitutionKind, type MemberRole } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"

/**
 * The 21 city-level enterprises, schools and hospitals (市级企业、学校及医院) that
 * signed intent purchase agreements (意向性采购) with 8 counties for exactly
 * ¥39,330,000 (docs/source-figures.md). Names are numbered demo names, never real institutions.
 */

export const DEMO_INTENT_TOTAL = 39_330_000
export const DEMO_INTENT_COUNTIES = ["xundian", "luquan", "dongchuan", "jinning", "shilin", "yiliang", "songming", "fumin"] as const

const DISTRICTS = ["五华区", "盘龙区", "官渡区", "西山区", "呈贡区"] as const

/** [kind, name without the demo suffix] in demo number order 01–21 */
const INSTITUTIONS: Array<[InstitutionKind, string]> = [
  ["school", "昆明市某中学"],
  ["hospital", "昆明市某医院"],
  ["enterprise", "昆明市某食品企业"],
  ["school", "昆明市某职业技术学校"],
  ["enterprise", "昆明市某商贸企业"],
  ["hospital", "昆明市某中医医院"],
  ["school", "昆明市某小学"],
  ["enterprise", "昆明市某餐饮服务企业"],
  ["hospital", "昆明市某妇幼保健院"],
  ["school", "昆明市某高级中学"],
  ["enterprise", "昆明市某物流企业"],
  ["hospital", "昆明市某人民医院"],
  ["enterprise", "昆明市某国有企业"],
  ["school", "昆明市某学院"],
  ["enterprise", "昆明市某酒店管理企业"],
  ["hospital", "昆明市某专科医院"],
  ["school", "昆明市某实验学校"],
  ["enterprise", "昆明市某农业投资企业"],
  ["hospital", "昆明市某康复医院"],
  ["school", "昆明市某完全中学"],
  ["enterprise", "昆明市某供应链企业"],
]

/** Agreements: [institution number 1–21, county handle, amount in CNY]. Per county: 寻甸 980万, 禄劝 865万, 东川 790万, 晋宁 420万, 石林 280万, 宜良 248万, 嵩明 190万, 富民 160万. */
const AGREEMENTS: Array<[number, (typeof DEMO_INTENT_COUNTIES)[number], number]> = [
  [1, "xundian", 2_500_000],
  [4, "xundian", 1_800_000],
  [8, "xundian", 2_200_000],
  [13, "xundian", 1_600_000],
  [19, "xundian", 1_700_000],
  // 示例01 (the demo logins' school) buys from 寻甸, 禄劝 and 晋宁
  [1, "luquan", 2_400_000],
  [6, "luquan", 1_950_000],
  [11, "luquan", 1_500_000],
  [16, "luquan", 1_300_000],
  [20, "luquan", 1_500_000],
  [3, "dongchuan", 2_100_000],
  [7, "dongchuan", 1_600_000],
  [12, "dongchuan", 1_450_000],
  [17, "dongchuan", 1_250_000],
  [21, "dongchuan", 1_500_000],
  [5, "jinning", 1_600_000],
  [9, "jinning", 1_400_000],
  [1, "jinning", 1_200_000],
  [10, "shilin", 1_500_000],
  [14, "shilin", 1_300_000],
  [15, "yiliang", 1_280_000],
  [2, "yiliang", 1_200_000],
  [18, "songming", 1_900_000],
  [3, "fumin", 1_600_000],
]

const pad = (n: number, width = 2) => String(n).padStart(width, "0")

/** A valid (GB 32100-2015) demo credit code: enterprises 91530100…, public institutions (事业单位) 12530100…; area 530100 = Kunming. */
export function demoCreditCode(number: number, kind: InstitutionKind): string {
  const first17 = `${kind === "enterprise" ? "91530100MA6KD" : "12530100MB0KD"}${pad(number, 4)}`
  return first17 + creditCodeCheckChar(first17)
}

export type DemoInstitution = {
  number: number
  name: string
  kind: InstitutionKind
  credit_code: string
  contact_name: string
  contact_phone: string
  address: string
  buyers: Array<{ email: string; first_name: string; roles: MemberRole[] }>
}

/** The deterministic plan: 21 institutions with 1–2 buyers each (odd-numbered ones have an approver too). */
export function institutionPlan(): DemoInstitution[] {
  let buyer = 0
  return INSTITUTIONS.map(([kind, base], i) => {
    const number = i + 1
    const buyers = (number % 2 === 1 ? (["purchaser", "approver"] as const) : (["purchaser"] as const)).map((role) => {
      buyer += 1
      return {
        email: `buyer${pad(buyer)}@inst.fupin.local`,
        first_name: `${role === "purchaser" ? "采购员" : "审批人"}${pad(buyer)}（示例）`,
        roles: [role],
      }
    })
    return {
      number,
      name: `${base}（示例${pad(number)}）`,
      kind,
      credit_code: demoCreditCode(number, kind),
      contact_name: `联系人${pad(number)}（示例）`,
      // 138 0000 xxxx: a reserved-looking demo range, not anyone's number
      contact_phone: `1380000${pad(number, 4)}`,
      address: `昆明市${DISTRICTS[i % DISTRICTS.length]} 示例路${pad(number)}号`,
      buyers,
    }
  })
}

/** Agreements with deterministic progress (ordered 20–79 % of the amount, 70–100 % of that paid). */
export function agreementPlan() {
  return AGREEMENTS.map(([institution, county_handle, amount], i) => {
    const orderedShare = 0.2 + ((i * 37) % 60) / 100
    const ordered_amount = Math.round(amount * orderedShare)
    const paid_amount = Math.round(ordered_amount * (0.7 + (i % 4) * 0.1))
    return {
      key: `A${pad(i + 1)}`,
      institution,
      county_handle,
      amount,
      ordered_amount,
      paid_amount,
      period_start: new Date("2026-01-01T00:00:00+08:00"),
      period_end: new Date("2026-12-31T23:59:59+08:00"),
      signed_at: new Date(`2025-12-${pad(10 + (i % 15))}T10:00:00+08:00`),
    }
  })
}

/** Loads the demo institutions, their buyer customers and intent agreements; idempotent. */
export async function seedInstitutions(container: MedusaContainer) {
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const customers = container.resolve(Modules.CUSTOMER)
  const plan = institutionPlan()
  const agreements = agreementPlan()
  const total = MathBN.sum(...agreements.map((a) => a.amount)).toNumber()
  if (total !== DEMO_INTENT_TOTAL || new Set(agreements.map((a) => a.county_handle)).size !== DEMO_INTENT_COUNTIES.length) {
    throw new Error(`demo intent agreements add up to ${total} over the wrong counties; docs/source-figures.md says ${DEMO_INTENT_TOTAL} over 8`)
  }

  // Institutions, approved
  const codes = plan.map((p) => p.credit_code)
  const existing = await service.listInstitutions({ credit_code: codes }, { take: null })
  const missing = plan.filter((p) => !existing.some((e) => e.credit_code === p.credit_code))
  if (missing.length) {
    await service.createInstitutions(
      missing.map((p) => ({
        name: p.name,
        credit_code: p.credit_code,
        kind: p.kind,
        contact_name: p.contact_name,
        contact_phone: p.contact_phone,
        address: p.address,
        status: "approved" as const,
        reviewed_by: "seed-demo",
        reviewed_at: new Date("2025-12-01T09:00:00+08:00"),
        review_note: "示例数据",
        metadata: { demo: true },
      }))
    )
  }
  const institutions = await service.listInstitutions({ credit_code: codes }, { take: null })
  const institutionId = new Map(plan.map((p) => [p.number, institutions.find((i) => i.credit_code === p.credit_code)!.id]))

  // Buyer customers and buyer rows
  const buyers = plan.flatMap((p) => p.buyers.map((b) => ({ ...b, institution_id: institutionId.get(p.number)! })))
  const emails = buyers.map((b) => b.email)
  const existingCustomers = await customers.listCustomers({ email: emails }, { take: null })
  const missingCustomers = buyers.filter((b) => !existingCustomers.some((c) => c.email === b.email))
  if (missingCustomers.length) {
    await customers.createCustomers(
      missingCustomers.map((b) => ({ email: b.email, first_name: b.first_name, metadata: { demo: true, institution_buyer: true } }))
    )
  }
  const allCustomers = await customers.listCustomers({ email: emails }, { take: null })
  const customerId = new Map(allCustomers.map((c) => [c.email, c.id]))
  const existingBuyers = await service.listInstitutionBuyers({ customer_id: [...customerId.values()] }, { take: null })
  const missingBuyers = buyers.filter((b) => !existingBuyers.some((e) => e.customer_id === customerId.get(b.email)))
  if (missingBuyers.length) {
    await service.createInstitutionBuyers(
      missingBuyers.map((b) => ({ institution_id: b.institution_id, customer_id: customerId.get(b.email)!, roles: b.roles }))
    )
  }

  // Intent agreements, with progress so that the dashboards show bars
  const existingAgreements = await service.listIntentAgreements(
    { institution_id: [...institutionId.values()] },
    { take: null, select: ["id", "metadata"] }
  )
  const keys = new Set(existingAgreements.map((a) => (a.metadata as { demo_key?: string } | null)?.demo_key))
  const missingAgreements = agreements.filter((a) => !keys.has(a.key))
  if (missingAgreements.length) {
    await service.createIntentAgreements(
      missingAgreements.map((a) => ({
        institution_id: institutionId.get(a.institution)!,
        county_handle: a.county_handle,
        amount: a.amount,
        ordered_amount: a.ordered_amount,
        paid_amount: a.paid_amount,
        period_start: a.period_start,
        period_end: a.period_end,
        signed_at: a.signed_at,
        status: "active" as const,
        note: "示例数据：已下单/已付款金额为线下执行进度（示例）",
        metadata: { demo: true, demo_key: a.key },
      }))
    )
  }
}
