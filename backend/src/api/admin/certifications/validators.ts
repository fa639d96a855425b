import { z } from "@medusajs/framework/zod"
import { isoDate } from "../../../lib/http/bad-input"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { CERTIFICATE_STATUSES } from "@fupin/shared"

/** a calendar date (2026-05-01) or a full ISO timestamp */
const date = isoDate
const reason = z.string().trim().max(1000)

export const AdminGetCertificationsParams = createFindParams({ limit: 20, offset: 0, order: "-created_at" })
  .extend({
    /** part of the certificate number (证书编号) */
    q: z.string().trim().min(1).max(50).optional(),
    status: z.union([z.enum(CERTIFICATE_STATUSES), z.array(z.enum(CERTIFICATE_STATUSES))]).optional(),
    county_handle: z.string().trim().min(1).optional(),
    supplier_id: z.string().trim().min(1).optional(),
    /** certified certificates expiring within this many days from now */
    expiring_within_days: z.coerce.number().int().min(1).max(3650).optional(),
  })
  .strict()
export type AdminGetCertificationsParamsType = z.infer<typeof AdminGetCertificationsParams>

export const AdminGetCertificationParams = createSelectParams().strict()

/** A certificate's number as the certifying office prints it. */
const certificateNumber = z
  .string()
  .trim()
  .min(4)
  .max(40)
  .regex(/^[A-Za-z0-9-]+$/, "number: letters, digits and - only (e.g. KMFP-2020-0001)")

export const AdminCreateCertification = z
  .object({
    product_id: z.string().trim().min(1),
    number: certificateNumber,
    certifying_office: z.string().trim().min(2).max(200),
    county_handle: z.string().trim().min(1),
    supplier_id: z.string().trim().min(1).nullable().optional(),
    issued_at: date,
    expires_at: date,
    evidence: z
      .array(z.object({ title: z.string().trim().min(1).max(200), url: z.string().trim().min(1).max(2000) }).strict())
      .max(20)
      .optional(),
  })
  .strict()
export type AdminCreateCertificationType = z.infer<typeof AdminCreateCertification>

/** certify / reinstate: an optional note */
export const AdminCertificationAction = z.object({ reason: reason.optional() }).strict()
export type AdminCertificationActionType = z.infer<typeof AdminCertificationAction>

/**
 * certify: an optional note, and the number the certifying office issued — an application made in
 * the producer portal carries an application number (SQ-…) until then
 */
export const AdminCertifyCertification = z.object({ reason: reason.optional(), number: certificateNumber.optional() }).strict()
export type AdminCertifyCertificationType = z.infer<typeof AdminCertifyCertification>

/** suspend / revoke: the reason is shown to the supplier and kept in the audit trail */
export const AdminCertificationActionWithReason = z.object({ reason: reason.min(2) }).strict()
export type AdminCertificationActionWithReasonType = z.infer<typeof AdminCertificationActionWithReason>

export const AdminRenewCertification = z.object({ expires_at: date, reason: reason.optional() }).strict()
export type AdminRenewCertificationType = z.infer<typeof AdminRenewCertification>
