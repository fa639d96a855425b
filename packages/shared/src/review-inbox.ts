/**
 * The operator's review inbox (审核收件箱): GET /admin/review-inbox and the
 * approve / reject routes of listings and change requests.
 */
import type { CertificateEvidence, CertificateStatus } from "./certification"
import type { AdminProductReviewDTO } from "./product-review"
import type { LinkageMechanism, SupplierType } from "./supplier"
import type { SupplierPriceCheck } from "./supplier-portal"

/** One pack's price check, named by its pack, as the operator reads it. */
export type ReviewInboxPriceCheck = SupplierPriceCheck & { pack: string }

export const REVIEW_INBOX_SECTIONS = ["listings", "change_requests", "certifications", "supplier_applications", "product_reviews"] as const
export type ReviewInboxSection = (typeof REVIEW_INBOX_SECTIONS)[number]

export const REVIEW_INBOX_SECTION_LABELS: Record<ReviewInboxSection, { zh: string; en: string }> = {
  listings: { zh: "新上架", en: "New listings" },
  change_requests: { zh: "商品修改", en: "Change requests" },
  certifications: { zh: "认定申请", en: "Certification applications" },
  supplier_applications: { zh: "入驻申请", en: "Supplier applications" },
  product_reviews: { zh: "商品评价", en: "Product reviews" },
}

export interface ReviewImage {
  url: string
  file_id?: string | null
}

/** A product in Medusa status `proposed`, with what would keep it off sale once approved. */
export interface ReviewInboxListing {
  id: string
  title: string
  thumbnail: string | null
  created_at: string
  supplier: { id: string; legal_name: string; status: string } | null
  certificate: { id: string; number: string; status: CertificateStatus; issued_at: string; expires_at: string } | null
  /** empty: approving publishes it */
  not_published_because: string[]
  /** each pack's price against the average of its kind and unit (a certification test: not above the market) */
  price_check: ReviewInboxPriceCheck[]
}

/**
 * A live listing (draft or on sale) of a supplier whose price is more than the margin above the
 * market: producers change prices at once, without review, so the operator is told here.
 */
export interface ReviewInboxPriceAlert {
  product_id: string
  title: string
  status: string
  supplier: { id: string; legal_name: string } | null
  /** the packs above the market only */
  flags: ReviewInboxPriceCheck[]
}

export interface ReviewInboxChangeRequest {
  id: string
  product_id: string
  product: { id: string; title: string; status: string } | null
  changes: { title?: string; description?: string | null; images?: ReviewImage[] }
  previous: { title?: string; description?: string | null; images?: ReviewImage[] } | null
  requested_by: string | null
  created_at: string
  supplier: { id: string; legal_name: string } | null
}

export interface ReviewInboxCertification {
  id: string
  number: string
  certifying_office: string
  county_handle: string
  issued_at: string
  expires_at: string
  evidence: CertificateEvidence[] | null
  created_at: string
  supplier_id: string | null
  product: { id: string; title: string } | null
}

export interface ReviewInboxSupplierApplication {
  id: string
  legal_name: string
  credit_code: string
  type: SupplierType
  county_handle: string
  households_bound: number
  people_bound: number
  mechanisms: LinkageMechanism[]
  linkage_note?: string | null
  documents?: Array<{ title: string; file_id: string; url: string }> | null
  applied_at?: string | null
  created_at: string
}

/** GET /admin/review-inbox: each section oldest first (at most `limit`), counts are the totals. */
export interface AdminReviewInboxResponse {
  listings: ReviewInboxListing[]
  change_requests: ReviewInboxChangeRequest[]
  certifications: ReviewInboxCertification[]
  supplier_applications: ReviewInboxSupplierApplication[]
  /** shoppers' reviews waiting for moderation (待审核), oldest first */
  product_reviews: AdminProductReviewDTO[]
  counts: Record<ReviewInboxSection, number>
  /** 价格预警: live supplier listings priced above the market (not a review: nothing waits on it) */
  price_alerts: ReviewInboxPriceAlert[]
}

/** POST /admin/listings/:id/approve | reject */
export interface AdminListingReviewResponse {
  listing: {
    product_id: string
    status: "published" | "draft" | "rejected"
    published: boolean
    /** approve without publishing: what is missing (certificate, supplier approval), in Chinese */
    not_published_because: string[]
  }
}

/** POST /admin/change-requests/:id/approve | reject */
export interface AdminChangeRequestReviewResponse {
  change_request: ReviewInboxChangeRequest & { status: "approved" | "rejected"; reason: string | null; reviewed_at: string }
}
