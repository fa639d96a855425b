import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { IMPACT_MODULE } from "../../../modules/impact"
import type ImpactModuleService from "../../../modules/impact/service"

export type NewImpactEntry = {
  order_id: string
  line_item_id: string
  reference: string
  kind: "sale" | "reversal"
  product_id: string | null
  product_title: string | null
  product_kind: string | null
  product_kind_name: string | null
  supplier_id: string | null
  supplier_name: string | null
  county_handle: string | null
  certificate_number: string | null
  quantity: number
  amount: number
  households: number
  occurred_at: Date
}

/** The order fields this step reads; typed here so it does not depend on generated query types. */
type LedgerOrder = {
  id: string
  created_at: string | Date
  items?: Array<{
    id: string
    product_id: string | null
    title: string | null
    quantity: unknown
    unit_price: unknown
    total?: unknown
  } | null> | null
}

type Supplier = { id: string; legal_name: string; county_handle: string; households_bound: number }
type ProvenanceProduct = {
  id: string
  title: string
  metadata: Record<string, unknown> | null
  categories?: Array<{ handle: string; name: string }> | null
  supplier?: Supplier | Supplier[] | null
  certificate?: { number: string; county_handle: string } | null
}

export const buildSaleEntriesStepId = "build-impact-sale-entries"

/**
 * Reads an order's lines and each product's provenance (supplier, county,
 * certificate, kind) and returns the sale entries not yet in the ledger.
 */
export const buildSaleEntriesStep = createStep(buildSaleEntriesStepId, async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const impact = container.resolve<ImpactModuleService>(IMPACT_MODULE)

  const { data: orders } = await query.graph({
    entity: "order",
    // "items.*" is what makes the order module flatten quantities and compute line totals
    fields: ["id", "created_at", "items.*", "total"],
    filters: { id: input.order_id },
  })
  const order = orders[0] as unknown as LedgerOrder | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `order ${input.order_id} not found`)

  const items = (order.items ?? []).filter((i): i is NonNullable<typeof i> => Boolean(i))
  const productIds = [...new Set(items.map((i) => i.product_id).filter((id): id is string => Boolean(id)))]
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: [
          "id",
          "title",
          "metadata",
          "categories.handle",
          "categories.name",
          "supplier.id",
          "supplier.legal_name",
          "supplier.county_handle",
          "supplier.households_bound",
          "certificate.number",
          "certificate.county_handle",
        ],
        filters: { id: productIds },
      })
    : { data: [] as ProvenanceProduct[] }
  const byId = new Map((products as unknown as ProvenanceProduct[]).map((p) => [p.id, p]))

  const existing = await impact.listImpactEntries({ order_id: order.id, reference: "sale" }, { select: ["line_item_id"] })
  const done = new Set(existing.map((e) => e.line_item_id))

  const entries: NewImpactEntry[] = items
    .filter((item) => !done.has(item.id))
    .map((item) => {
      const product = item.product_id ? byId.get(item.product_id) : undefined
      const supplier = Array.isArray(product?.supplier) ? product?.supplier[0] : product?.supplier
      const category = product?.categories?.[0]
      const county =
        product?.certificate?.county_handle ??
        supplier?.county_handle ??
        (typeof product?.metadata?.county_handle === "string" ? product.metadata.county_handle : null)
      // Amounts come back as BigNumber values; the line total includes discounts and tax.
      const total = item.total ?? MathBN.mult(item.unit_price as never, item.quantity as never)
      const amount = MathBN.convert(total as never).toNumber()
      return {
        order_id: order.id,
        line_item_id: item.id,
        reference: "sale",
        kind: "sale" as const,
        product_id: item.product_id ?? null,
        product_title: product?.title ?? item.title ?? null,
        product_kind: category?.handle ?? null,
        product_kind_name: category?.name ?? null,
        supplier_id: supplier?.id ?? null,
        supplier_name: supplier?.legal_name ?? null,
        county_handle: county ?? null,
        certificate_number: product?.certificate?.number ?? null,
        quantity: MathBN.convert(item.quantity as never).toNumber(),
        amount: Math.round(amount * 100) / 100,
        households: supplier?.households_bound ?? 0,
        occurred_at: new Date(order.created_at as string | Date),
      }
    })
  return new StepResponse(entries)
})
