import { MathBN, MedusaService } from "@medusajs/framework/utils"
import { type IntentCountyTotal, type IntentSummary, intentProgress } from "@fupin/shared"
import Institution from "./models/institution"
import InstitutionApproval from "./models/institution-approval"
import InstitutionBuyer from "./models/institution-buyer"
import InstitutionCanteen from "./models/institution-canteen"
import InstitutionInvite from "./models/institution-invite"
import InstitutionList from "./models/institution-list"
import InstitutionPurchase from "./models/institution-purchase"
import InstitutionQuote from "./models/institution-quote"
import IntentAgreement from "./models/intent-agreement"

/** Money columns come back as numbers or BigNumber objects; reports want plain CNY numbers. */
export function cny(value: unknown): number {
  if (value === null || value === undefined) return 0
  return MathBN.convert(value as number).decimalPlaces(2).toNumber()
}

type AgreementLike = {
  institution_id?: string | null
  county_handle: string
  amount: unknown
  ordered_amount: unknown
  paid_amount: unknown
  status: string
}

/** Totals over agreements, overall and per county; cancelled agreements do not count. */
export function summariseAgreements(agreements: AgreementLike[]): IntentSummary {
  const counted = agreements.filter((a) => a.status !== "cancelled")
  const byCounty = new Map<string, IntentCountyTotal & { institutionIds: Set<string> }>()
  for (const a of counted) {
    let t = byCounty.get(a.county_handle)
    if (!t) {
      t = {
        county_handle: a.county_handle,
        agreements: 0,
        institutions: 0,
        amount: 0,
        ordered_amount: 0,
        paid_amount: 0,
        progress: 0,
        institutionIds: new Set(),
      }
      byCounty.set(a.county_handle, t)
    }
    t.agreements += 1
    if (a.institution_id) t.institutionIds.add(a.institution_id)
    t.amount = MathBN.add(t.amount, cny(a.amount)).toNumber()
    t.ordered_amount = MathBN.add(t.ordered_amount, cny(a.ordered_amount)).toNumber()
    t.paid_amount = MathBN.add(t.paid_amount, cny(a.paid_amount)).toNumber()
  }
  const by_county = [...byCounty.values()]
    .map(({ institutionIds, ...t }) => ({
      ...t,
      institutions: institutionIds.size,
      progress: intentProgress(t.ordered_amount, t.amount),
    }))
    .sort((a, b) => b.amount - a.amount || a.county_handle.localeCompare(b.county_handle))
  const sum = (key: "amount" | "ordered_amount" | "paid_amount") =>
    MathBN.sum(0, ...by_county.map((c) => c[key])).toNumber()
  const amount = sum("amount")
  const ordered_amount = sum("ordered_amount")
  return {
    agreements: counted.length,
    institutions: new Set(counted.map((a) => a.institution_id).filter(Boolean)).size,
    counties: by_county.length,
    amount,
    ordered_amount,
    paid_amount: sum("paid_amount"),
    progress: intentProgress(ordered_amount, amount),
    by_county,
  }
}

class InstitutionModuleService extends MedusaService({
  Institution,
  InstitutionBuyer,
  InstitutionCanteen,
  InstitutionInvite,
  IntentAgreement,
  InstitutionApproval,
  InstitutionPurchase,
  InstitutionList,
  InstitutionQuote,
}) {}

export default InstitutionModuleService
