import { z } from "@medusajs/framework/zod"
import { isoDate } from "../../../lib/http/bad-input"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { LINKAGE_MECHANISMS, SUPPLIER_STATUSES, SUPPLIER_TYPES } from "@fupin/shared"

const queryBoolean = z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean())
const nullableText = z.string().trim().max(2000).nullable()
const count = z.number().int().min(0)
/** a calendar date (2026-05-01) or a full ISO timestamp */
const date = isoDate

export const AdminGetSuppliersParams = createFindParams({ limit: 20, offset: 0, order: "-id" })
  .extend({
    /** part of the legal name (法定名称) */
    q: z.string().trim().min(1).max(100).optional(),
    type: z.enum(SUPPLIER_TYPES).optional(),
    county_handle: z.string().trim().min(1).optional(),
    status: z.enum(SUPPLIER_STATUSES).optional(),
    is_key: queryBoolean.optional(),
  })
  .strict()
export type AdminGetSuppliersParamsType = z.infer<typeof AdminGetSuppliersParams>

export const AdminGetSupplierParams = createSelectParams().strict()

const supplierFields = {
  legal_name: z.string().trim().min(2).max(200),
  credit_code: z.string().trim().min(1).max(40),
  type: z.enum(SUPPLIER_TYPES),
  is_key: z.boolean(),
  county_handle: z.string().trim().min(1),
  township_id: z.string().trim().min(1).nullable(),
  village_id: z.string().trim().min(1).nullable(),
  contact_name: nullableText,
  contact_phone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{5,20}$/, "a phone number: digits, spaces, + and - only")
    .nullable(),
  description: nullableText,
  households_bound: count,
  people_bound: count,
  mechanisms: z.array(z.enum(LINKAGE_MECHANISMS)).max(LINKAGE_MECHANISMS.length),
  employees: count.nullable(),
}

export const AdminCreateSupplier = z
  .object({
    ...supplierFields,
    is_key: supplierFields.is_key.default(false),
    township_id: supplierFields.township_id.optional(),
    village_id: supplierFields.village_id.optional(),
    contact_name: supplierFields.contact_name.optional(),
    contact_phone: supplierFields.contact_phone.optional(),
    description: supplierFields.description.optional(),
    households_bound: count.default(0),
    people_bound: count.default(0),
    mechanisms: supplierFields.mechanisms.default([]),
    employees: supplierFields.employees.optional(),
  })
  .strict()
export type AdminCreateSupplierType = z.infer<typeof AdminCreateSupplier>

export const AdminUpdateSupplier = z
  .object({
    ...supplierFields,
    /** 自动通过: a trusted producer's changes to live listings apply without the operator's review */
    auto_approve: z.boolean(),
  })
  .partial()
  .strict()
export type AdminUpdateSupplierType = z.infer<typeof AdminUpdateSupplier>

/** approve / reinstate: a note is optional */
export const AdminReviewSupplier = z.object({ note: z.string().trim().min(1).max(1000).optional() }).strict()
/** reject / suspend: the supplier and operators must see why */
export const AdminReviewSupplierWithReason = z.object({ note: z.string().trim().min(1).max(1000) }).strict()
export type AdminReviewSupplierType = z.infer<typeof AdminReviewSupplier>

export const AdminCreateOrganicCertificate = z
  .object({
    number: z.string().trim().min(3).max(64),
    issuer: z.string().trim().min(2).max(200),
    product_scope: z.string().trim().min(1).max(500),
    issued_on: date,
    expires_on: date.nullable().optional(),
  })
  .strict()
export type AdminCreateOrganicCertificateType = z.infer<typeof AdminCreateOrganicCertificate>

export const AdminUpdateOrganicCertificate = AdminCreateOrganicCertificate.partial().strict()
export type AdminUpdateOrganicCertificateType = z.infer<typeof AdminUpdateOrganicCertificate>

export const AdminUpsertSupplyDemandFile = z
  .object({
    products: z.array(z.string().trim().min(1).max(100)).min(1).max(50),
    yearly_capacity_tonnes: z.number().positive().max(10_000_000),
    season_months: z.array(z.number().int().min(1).max(12)).min(1).max(12),
    minimum_order_quantity: z.number().positive(),
    minimum_order_unit: z.string().trim().min(1).max(20),
    unmet_demand: nullableText,
  })
  .partial()
  .strict()
export type AdminUpsertSupplyDemandFileType = z.infer<typeof AdminUpsertSupplyDemandFile>
