import { randomBytes } from "node:crypto"
import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  daysUntilExpiry,
  EXPIRING_SOON_DAYS,
  isCertificateExpiringSoon,
  type CertificateStatus,
  type SupplierCertificationDTO,
  type SupplierCertificationListResponse,
  type SupplierCertificationResponse,
} from "@fupin/shared"
import { fileUrls } from "../../../lib/files/store-uploads"
import { portalOf, type SupplierRequest } from "../../../lib/supplier-portal/context"
import { supplierProductIds } from "../../../lib/supplier-portal/listing-input"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import { SUPPLIER_MODULE } from "../../../modules/supplier"
import type SupplierModuleService from "../../../modules/supplier/service"
import { createCertificatesWorkflow } from "../../../workflows/certification/create-certificates"
import type { SupplierApplyCertificationType } from "../validators"

const FIELDS = [
  "id", "number", "status", "status_reason", "issued_at", "expires_at", "evidence", "created_at", "supplier_id",
  "product.id", "product.title", "events.action", "events.to_status", "events.reason", "events.created_at",
]
/** How long a certificate applied for in the portal would run once certified (the operator may renew or revoke it). */
const APPLIED_VALIDITY_YEARS = 3
const RENEWAL = "request_renewal"

type Row = Omit<SupplierCertificationDTO, "days_left" | "renew_due" | "renewal_requested" | "events"> & {
  events?: Array<{ action: string; to_status: CertificateStatus; reason: string | null; created_at: string }> | null
}

function toDTO(row: Row): SupplierCertificationDTO {
  const events = [...(row.events ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  const lastRenewal = events.filter((e) => e.action === RENEWAL).pop()
  const renewedSince = lastRenewal && events.some((e) => e.action === "renew" && String(e.created_at) > String(lastRenewal.created_at))
  return {
    ...row,
    evidence: row.evidence ?? [],
    days_left: daysUntilExpiry(row),
    renew_due: isCertificateExpiringSoon(row, new Date(), EXPIRING_SOON_DAYS),
    renewal_requested: !!lastRenewal && !renewedSince,
    events,
  }
}

async function certificationsOf(req: SupplierRequest<unknown>, filters: Record<string, unknown>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "certificate", fields: FIELDS, filters })
  return (data as unknown as Row[]).map(toDTO)
}

/** GET /supplier/certifications — its products' certificates: status, the operator's reasons, expiry, renewal due. */
export async function GET(req: SupplierRequest, res: MedusaResponse<SupplierCertificationListResponse>) {
  const { supplier_id } = portalOf(req)
  const productIds = await supplierProductIds(req.scope, supplier_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = productIds.length ? await query.graph({ entity: "product", fields: ["id", "certificate.id"], filters: { id: productIds } }) : { data: [] }
  const ids = (data as Array<{ certificate?: { id: string } | null }>).map((p) => p.certificate?.id).filter((id): id is string => !!id)
  res.json({ certifications: ids.length ? await certificationsOf(req, { id: ids }) : [] })
}

/**
 * POST /supplier/certifications — apply (申请认定) for one of its products with
 * evidence: a certificate `applied` in the operator's certification queue. For
 * a product that already has one, a renewal request (an audit-trail event with
 * the new evidence) the operator answers with its renew action.
 */
export async function POST(req: SupplierRequest<SupplierApplyCertificationType>, res: MedusaResponse<SupplierCertificationResponse>) {
  const ctx = portalOf(req)
  const { product_id, evidence, note } = req.validatedBody
  const urls = await fileUrls(req.scope, evidence.map((e) => e.file_id), "evidence")
  const documents = evidence.map((e) => ({ title: e.title, url: urls.get(e.file_id)!, file_id: e.file_id }))
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "certificate.id", "certificate.status"], filters: { id: product_id } })
  const existing = (data[0] as { certificate?: { id: string; status: CertificateStatus } | null } | undefined)?.certificate
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${product_id} was not found`)

  if (existing) {
    if (existing.status === "applied") throw new MedusaError(MedusaError.Types.INVALID_DATA, "product_id: 该商品的认定申请正在审核 / its application is already under review")
    if (existing.status === "revoked") throw new MedusaError(MedusaError.Types.INVALID_DATA, "product_id: 认定已撤销，不能续期 / a revoked certificate cannot be renewed")
    const certification = req.scope.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const cert = await certification.retrieveCertificate(existing.id)
    // one module, two rows of its own: the evidence and the audit-trail line
    await certification.updateCertificates({ id: cert.id, evidence: [...((cert.evidence as unknown as unknown[]) ?? []), ...documents] as unknown as Record<string, unknown> })
    await certification.createCertificateEvents({
      certificate_id: cert.id,
      action: RENEWAL,
      from_status: cert.status,
      to_status: cert.status,
      actor: `supplier_member:${ctx.member.id}`,
      reason: note ?? null,
      data: { evidence: documents } as Record<string, unknown>,
    })
    const [dto] = await certificationsOf(req, { id: cert.id })
    return res.json({ certification: dto!, outcome: "renewal_requested" })
  }

  const supplier = await req.scope.resolve<SupplierModuleService>(SUPPLIER_MODULE).retrieveSupplier(ctx.supplier_id)
  const now = new Date()
  const expires = new Date(now)
  expires.setFullYear(expires.getFullYear() + APPLIED_VALIDITY_YEARS)
  const { result } = await createCertificatesWorkflow(req.scope).run({
    input: {
      actor: `supplier_member:${ctx.member.id}`,
      certificates: [
        {
          product_id,
          // an application number until the operator certifies it (申请编号)
          number: `SQ-${now.getFullYear()}-${randomBytes(4).toString("hex").toUpperCase()}`,
          certifying_office: "昆明市扶贫产品认定办公室（待审核）",
          county_handle: supplier.county_handle,
          supplier_id: ctx.supplier_id,
          issued_at: now,
          expires_at: expires,
          evidence: documents,
          status_reason: note ?? null,
        },
      ],
    },
  })
  const [dto] = await certificationsOf(req, { id: result[0]!.id })
  res.status(201).json({ certification: dto!, outcome: "applied" })
}
