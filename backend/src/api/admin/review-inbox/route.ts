import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import type { AdminReviewInboxResponse, ReviewInboxPriceCheck } from "@fupin/shared"
import { ADMIN_REVIEW_FIELDS, adminReview, type ProductReviewRow } from "../../../lib/product-review/dto"
import { listingBlockers } from "../../../lib/review/listing"
import { cnyPrice, priceChecks } from "../../../lib/supplier-portal/listings"
import type { AdminReviewInboxQueryType } from "./validators"

/** What the price check reads of a product: its kind and each pack's grams and price. */
const PRICED = ["categories.id", "variants.id", "variants.title", "variants.weight", "variants.prices.amount", "variants.prices.currency_code"]
type PricedRow = {
  id: string
  title: string
  status?: string
  supplier?: { id: string; legal_name: string } | null
  categories?: Array<{ id: string } | null> | null
  variants?: Array<{ id: string; title: string; weight: number | null; prices?: Array<{ amount: number; currency_code: string }> | null } | null> | null
}
const checkInput = (row: PricedRow) => {
  const variants = (row.variants ?? []).filter((v): v is NonNullable<typeof v> => !!v)
  return {
    categoryId: row.categories?.find((c) => c)?.id ?? null,
    variants: variants.map((v) => ({ id: v.id, price: cnyPrice(v as never), weight_g: v.weight === null || v.weight === undefined ? null : Number(v.weight) })),
    packs: variants.map((v) => v.title),
  }
}

/**
 * GET /admin/review-inbox (审核收件箱): everything waiting for the operator, oldest
 * first — new listings (proposed products, with what keeps each off sale), change
 * requests of live listings, certification applications, supplier applications,
 * shoppers' product reviews (商品评价, 待审核); each new listing with its price check, and every live supplier listing priced
 * above the market (价格预警), since producers change prices without review.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminReviewInboxQueryType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const take = req.validatedQuery.limit ?? 50
  const page = { skip: 0, take, order: { created_at: "ASC" as const } }
  const [listings, changes, certificates, suppliers, productReviews] = await Promise.all([
    query.graph({
      entity: "product",
      fields: [
        "id",
        "title",
        "thumbnail",
        "created_at",
        "supplier.id",
        "supplier.legal_name",
        "supplier.status",
        "certificate.id",
        "certificate.number",
        "certificate.status",
        "certificate.issued_at",
        "certificate.expires_at",
        ...PRICED,
      ],
      filters: { status: ProductStatus.PROPOSED },
      pagination: page,
    }),
    query.graph({
      entity: "product_change_request",
      fields: ["id", "product_id", "kind", "changes", "previous", "created_at", "requested_by", "supplier.id", "supplier.legal_name"],
      filters: { status: "pending", kind: "update" },
      pagination: page,
    }),
    query.graph({
      entity: "certificate",
      fields: ["id", "number", "certifying_office", "county_handle", "issued_at", "expires_at", "evidence", "created_at", "product.id", "product.title", "supplier_id"],
      filters: { status: "applied" },
      pagination: page,
    }),
    query.graph({
      entity: "supplier",
      fields: ["id", "legal_name", "credit_code", "type", "county_handle", "households_bound", "people_bound", "mechanisms", "linkage_note", "documents", "applied_at", "created_at"],
      filters: { status: "pending" },
      pagination: page,
    }),
    query.graph({ entity: "product_review", fields: ADMIN_REVIEW_FIELDS, filters: { status: "pending" }, pagination: page }),
  ])
  // live listings of suppliers: the price alerts
  const { data: live } = await query.graph({
    entity: "product",
    fields: ["id", "title", "status", "supplier.id", "supplier.legal_name", ...PRICED],
    filters: { status: [ProductStatus.DRAFT, ProductStatus.PUBLISHED] },
  })
  const supplied = (live as unknown as PricedRow[]).filter((p) => p.supplier)
  const proposed = listings.data as unknown as PricedRow[]
  const inputs = [...proposed, ...supplied].map(checkInput)
  const checks = await priceChecks(req.scope, inputs)
  const named = (i: number): ReviewInboxPriceCheck[] => checks[i]!.map((r, k) => ({ ...r, pack: inputs[i]!.packs[k]! }))
  const listingChecks = proposed.map((_, i) => named(i))
  const priceAlerts = supplied
    .map((row, i) => ({ row, flags: named(proposed.length + i).filter((c) => c.above_market) }))
    .filter((a) => a.flags.length)
    .map(({ row, flags }) => ({ product_id: row.id, title: row.title, status: row.status ?? "", supplier: row.supplier ?? null, flags }))

  const productIds = [...new Set((changes.data as Array<{ product_id: string }>).map((c) => c.product_id))]
  const { data: changed } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "title", "status"], filters: { id: productIds } })
    : { data: [] as Array<{ id: string; title: string; status: string }> }
  const now = new Date()
  const body: AdminReviewInboxResponse = {
    listings: (listings.data as unknown as Array<Record<string, unknown> & Parameters<typeof listingBlockers>[0]>).map((p, i) => {
      const { variants: _variants, categories: _categories, ...listing } = p as Record<string, unknown>
      return {
        ...(listing as unknown as AdminReviewInboxResponse["listings"][number]),
        not_published_because: listingBlockers(p, now),
        price_check: listingChecks[i]!,
      }
    }),
    change_requests: (changes.data as unknown as AdminReviewInboxResponse["change_requests"]).map((c) => ({
      ...c,
      product: (changed as Array<{ id: string; title: string; status: string }>).find((p) => p.id === c.product_id) ?? null,
    })),
    certifications: certificates.data as unknown as AdminReviewInboxResponse["certifications"],
    supplier_applications: suppliers.data as unknown as AdminReviewInboxResponse["supplier_applications"],
    product_reviews: (productReviews.data as unknown as ProductReviewRow[]).map(adminReview),
    counts: {
      listings: listings.metadata?.count ?? listings.data.length,
      change_requests: changes.metadata?.count ?? changes.data.length,
      certifications: certificates.metadata?.count ?? certificates.data.length,
      supplier_applications: suppliers.metadata?.count ?? suppliers.data.length,
      product_reviews: productReviews.metadata?.count ?? productReviews.data.length,
    },
    price_alerts: priceAlerts,
  }
  res.json(body)
}
