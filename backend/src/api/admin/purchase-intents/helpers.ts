import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { intentProgress } from "@fupin/shared"
import { cny } from "../../../modules/institution/service"

export const PURCHASE_INTENT_FIELDS = [
  "id",
  "institution_id",
  "county_handle",
  "amount",
  "period_start",
  "period_end",
  "signed_at",
  "ordered_amount",
  "paid_amount",
  "delivered_amount",
  "status",
  "note",
  "created_at",
  "updated_at",
  "institution.id",
  "institution.name",
  "institution.kind",
  "institution.status",
]

type Row = Record<string, unknown> & { amount?: unknown; ordered_amount?: unknown; paid_amount?: unknown; delivered_amount?: unknown }

/** Money as plain CNY numbers, with progress = ordered / amount, paid_progress = paid / amount, delivered_progress = delivered / amount. */
export function withProgress<T extends Row>(row: T) {
  if (!("amount" in row)) return row
  const amount = cny(row.amount)
  const ordered = cny(row.ordered_amount)
  const paid = cny(row.paid_amount)
  const delivered = cny(row.delivered_amount)
  return {
    ...row,
    amount,
    ...("ordered_amount" in row ? { ordered_amount: ordered, progress: intentProgress(ordered, amount) } : {}),
    ...("paid_amount" in row ? { paid_amount: paid, paid_progress: intentProgress(paid, amount) } : {}),
    ...("delivered_amount" in row ? { delivered_amount: delivered, delivered_progress: intentProgress(delivered, amount) } : {}),
  }
}

export async function refetchPurchaseIntent(
  container: MedusaContainer,
  id: string,
  fields: string[] = PURCHASE_INTENT_FIELDS
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "intent_agreement", fields, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Intent agreement with id: ${id} was not found`)
  return withProgress(data[0] as Row)
}
