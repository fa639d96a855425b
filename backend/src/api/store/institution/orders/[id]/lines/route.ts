import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreInstitutionOrderLinesResponse } from "@fupin/shared"

type ItemRow = {
  variant_id: string | null
  variant_sku: string | null
  product_title: string | null
  variant_title: string | null
  quantity?: number | string | null
  /** the quantity in the order's current version (Medusa keeps it on the item's detail) */
  detail?: { quantity?: number | string | null } | null
}

/**
 * GET /store/institution/orders/:id/lines — what an order of the institution
 * bought, by SKU and quantity (a canteen orders the same things week after
 * week: 再来一单 fills the pad with them). Only the institution's members
 * reach it (src/lib/access/rules.ts); the pad checks each line as it is today.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreInstitutionOrderLinesResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "items.variant_id", "items.variant_sku", "items.product_title", "items.variant_title", "items.quantity", "items.detail.quantity"],
    filters: { id: req.params.id! },
  })
  const order = data[0] as unknown as { id: string; display_id: number | null; items?: Array<ItemRow | null> } | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  res.json({
    order_id: order.id,
    display_id: order.display_id ?? null,
    lines: (order.items ?? [])
      .filter((i): i is ItemRow => !!i)
      .map((i) => ({ variant_id: i.variant_id, sku: i.variant_sku, product_title: i.product_title, variant_title: i.variant_title, quantity: Number(i.detail?.quantity ?? i.quantity ?? 0) })),
  })
}
