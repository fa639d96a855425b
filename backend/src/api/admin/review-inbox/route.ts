import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import type { AdminReviewInboxResponse } from "@fupin/shared"
import { listingBlockers } from "../../../lib/review/listing"
import type { AdminReviewInboxQueryType } from "./validators"

/**
 * GET /admin/review-inbox (审核收件箱): everything waiting for the operator, oldest
 * first — new listings (proposed products, with what keeps each off sale), change
 * requests of live listings, certification applications, supplier applications.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminReviewInboxQueryType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const take = req.validatedQuery.limit ?? 50
  const page = { skip: 0, take, order: { created_at: "ASC" as const } }
  const [listings, changes, certificates, suppliers] = await Promise.all([
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
  ])
  const productIds = [...new Set((changes.data as Array<{ product_id: string }>).map((c) => c.product_id))]
  const { data: changed } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "title", "status"], filters: { id: productIds } })
    : { data: [] as Array<{ id: string; title: string; status: string }> }
  const now = new Date()
  const body: AdminReviewInboxResponse = {
    listings: (listings.data as unknown as Array<Record<string, unknown> & Parameters<typeof listingBlockers>[0]>).map((p) => ({
      ...(p as unknown as AdminReviewInboxResponse["listings"][number]),
      not_published_because: listingBlockers(p, now),
    })),
    change_requests: (changes.data as unknown as AdminReviewInboxResponse["change_requests"]).map((c) => ({
      ...c,
      product: (changed as Array<{ id: string; title: string; status: string }>).find((p) => p.id === c.product_id) ?? null,
    })),
    certifications: certificates.data as unknown as AdminReviewInboxResponse["certifications"],
    supplier_applications: suppliers.data as unknown as AdminReviewInboxResponse["supplier_applications"],
    counts: {
      listings: listings.metadata?.count ?? listings.data.length,
      change_requests: changes.metadata?.count ?? changes.data.length,
      certifications: certificates.metadata?.count ?? certificates.data.length,
      supplier_applications: suppliers.metadata?.count ?? suppliers.data.length,
    },
  }
  res.json(body)
}
