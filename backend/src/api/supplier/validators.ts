import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { INVOICE_REQUEST_STATUSES, LINKAGE_MECHANISMS, LOW_STOCK_THRESHOLD_MAX, SUPPLIER_MEMBER_ROLES, SUPPLIER_MEMBER_STATUSES, SUPPLIER_TYPES } from "@fupin/shared"
import { isoDate } from "../../lib/http/bad-input"

// Validators of the producer portal (/supplier/*). Request shapes are the
// types of packages/shared/src/supplier-portal.ts.

const text = (max: number) => z.string().trim().min(1).max(max)
const nullableText = z.string().trim().max(2000).nullable()
const count = z.number().int().min(0).max(10_000_000)
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\- ]{5,20}$/, "a phone number: digits, spaces, + and - only")
const fileId = z
  .string()
  .trim()
  .regex(/^(?!.*\.\.)[A-Za-z0-9._/-]{1,200}$/, "a file id from POST /supplier/uploads")
const documentRef = z.object({ title: text(200), file_id: fileId }).strict()

export const SupplierApply = z
  .object({
    legal_name: z.string().trim().min(2).max(200),
    credit_code: text(40),
    type: z.enum(SUPPLIER_TYPES),
    county_handle: text(50),
    township_id: text(100),
    village_id: text(100).nullable().optional(),
    contact_name: text(100),
    contact_phone: phone,
    description: nullableText.optional(),
    households_bound: count,
    people_bound: count,
    mechanisms: z.array(z.enum(LINKAGE_MECHANISMS)).max(LINKAGE_MECHANISMS.length),
    linkage_note: nullableText.optional(),
    employees: count.nullable().optional(),
    organic_certificates: z
      .array(
        z
          .object({
            number: z.string().trim().min(3).max(64),
            issuer: z.string().trim().min(2).max(200),
            product_scope: text(500),
            issued_on: isoDate,
            expires_on: isoDate.nullable().optional(),
          })
          .strict()
      )
      .max(20)
      .optional(),
    documents: z.array(documentRef).max(20).optional(),
    member: z.object({ name: text(100), phone: phone.nullable().optional() }).strict(),
  })
  .strict()
export type SupplierApplyType = z.infer<typeof SupplierApply>

export const SupplierCreateInvite = z
  .object({ email: z.string().trim().toLowerCase().email().max(254), role: z.enum(SUPPLIER_MEMBER_ROLES).optional() })
  .strict()
export type SupplierCreateInviteType = z.infer<typeof SupplierCreateInvite>

export const SupplierAcceptInvite = z
  .object({ token: z.string().trim().min(16).max(200), name: text(100), phone: phone.nullable().optional() })
  .strict()
export type SupplierAcceptInviteType = z.infer<typeof SupplierAcceptInvite>

export const SupplierUpdateMember = z
  .object({ role: z.enum(SUPPLIER_MEMBER_ROLES).optional(), status: z.enum(SUPPLIER_MEMBER_STATUSES).optional() })
  .strict()
export type SupplierUpdateMemberType = z.infer<typeof SupplierUpdateMember>

const price = z
  .number()
  .positive()
  .max(1_000_000)
  .refine((v) => Math.round(v * 100) === Number((v * 100).toFixed(6)), "at most two decimals (fen)")
const stock = z.number().int().min(0).max(10_000_000)
const variant = z
  .object({
    id: z.string().trim().min(1).max(100).optional(),
    pack: text(50),
    weight_g: z.number().int().positive().max(1_000_000),
    price,
    stock,
    sku: z.string().trim().min(1).max(64).nullable().optional(),
  })
  .strict()
const image = z.union([
  z.object({ file_id: fileId }).strict(),
  z.object({ url: z.string().trim().min(1).max(2000).regex(/^(https?:\/\/|\/)/, "an http(s) URL or a path") }).strict(),
])

export const SupplierCreateProduct = z
  .object({
    title: z.string().trim().min(2).max(100),
    description: z.string().trim().max(5000).nullable().optional(),
    category_handle: text(100),
    images: z.array(image).max(10).optional(),
    variants: z.array(variant.omit({ id: true }).strict()).min(1).max(10),
  })
  .strict()
export type SupplierCreateProductType = z.infer<typeof SupplierCreateProduct>

export const SupplierUpdateProduct = z
  .object({
    title: z.string().trim().min(2).max(100).optional(),
    description: z.string().trim().max(5000).nullable().optional(),
    images: z.array(image).max(10).optional(),
    variants: z.array(variant).min(1).max(10).optional(),
  })
  .strict()
export type SupplierUpdateProductType = z.infer<typeof SupplierUpdateProduct>

export const SupplierGetProductsParams = createFindParams({ limit: 20, offset: 0, order: "-created_at" })
  .extend({
    q: z.string().trim().min(1).max(100).optional(),
    status: z.enum(["proposed", "draft", "published", "rejected"]).optional(),
  })
  .strict()
export type SupplierGetProductsParamsType = z.infer<typeof SupplierGetProductsParams>

export const SupplierGetListParams = createFindParams({ limit: 20, offset: 0, order: "-created_at" }).strict()
export type SupplierGetListParamsType = z.infer<typeof SupplierGetListParams>

export const SupplierGetOrdersParams = createFindParams({ limit: 20, offset: 0, order: "-created_at" })
  .extend({ status: z.enum(["to_ship", "shipped"]).optional() })
  .strict()
export type SupplierGetOrdersParamsType = z.infer<typeof SupplierGetOrdersParams>

export const SupplierSetStock = z
  .object({ items: z.array(z.object({ variant_id: text(100), stock }).strict()).min(1).max(500) })
  .strict()
export type SupplierSetStockType = z.infer<typeof SupplierSetStock>

/** POST /supplier/stock/threshold: 今日 warns at or below this many of a size (0: only when sold out) */
export const SupplierSetLowStockThreshold = z
  .object({ low_stock_threshold: z.number().int().min(0).max(LOW_STOCK_THRESHOLD_MAX) })
  .strict()
export type SupplierSetLowStockThresholdType = z.infer<typeof SupplierSetLowStockThreshold>

export const SupplierApplyCertification = z
  .object({ product_id: text(100), evidence: z.array(documentRef).min(1).max(20), note: nullableText.optional() })
  .strict()
export type SupplierApplyCertificationType = z.infer<typeof SupplierApplyCertification>

export const SupplierCreateFulfillment = z
  .object({
    items: z
      .array(z.object({ line_item_id: text(100), quantity: z.number().int().positive().max(100_000) }).strict())
      .min(1)
      .max(200),
    lot_number: text(64),
    origin_village: text(100),
    carrier: text(50).nullable().optional(),
    tracking_number: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{4,40}$/, "letters, digits and - only")
      .nullable()
      .optional(),
    station_id: text(100).nullable().optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.station_id && (v.tracking_number || v.carrier)) {
      ctx.addIssue({ code: "custom", path: ["station_id"], message: "station_id: 快递单号和服务站只能选一种 / either a carrier's tracking number or a service station, not both" })
    }
    if (v.tracking_number && !v.carrier) {
      ctx.addIssue({ code: "custom", path: ["carrier"], message: "carrier: 请填写快递公司 / name the carrier of the tracking number" })
    }
    if (!v.station_id && !v.tracking_number) {
      ctx.addIssue({ code: "custom", path: ["tracking_number"], message: "tracking_number: 请填写快递单号（和快递公司），或选择服务站 / a tracking number (with its carrier), or a station_id for pickup" })
    }
  })
export type SupplierCreateFulfillmentType = z.infer<typeof SupplierCreateFulfillment>

/** A document (送货单): shown inline, or saved with download=1. */
export const SupplierGetDocument = z.object({ download: z.enum(["0", "1"]).optional() }).strict()
export type SupplierGetDocumentType = z.infer<typeof SupplierGetDocument>

/** GET /supplier/invoice-requests: ?status=requested (待开票) or issued (已开票). */
export const SupplierListInvoiceRequests = z.object({ status: z.enum(INVOICE_REQUEST_STATUSES).optional() }).strict()
export type SupplierListInvoiceRequestsType = z.infer<typeof SupplierListInvoiceRequests>

/** POST /supplier/invoice-requests/:id: the invoice issued (its number as printed, its date, not in the future). */
export const SupplierIssueInvoice = z
  .object({
    invoice_number: z.string().trim().regex(/^[A-Za-z0-9-]{6,30}$/, "invoice_number: 发票号码应为 6–30 位字母或数字 / 6 to 30 letters or digits"),
    issued_on: z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "issued_on: 开票日期格式应为 2026-12-02 / a date like 2026-12-02")
      .refine((s) => !Number.isNaN(Date.parse(s)) && Date.parse(s) <= Date.now() + 24 * 3600 * 1000, "issued_on: 开票日期无效或在将来 / not a date, or in the future"),
  })
  .strict()
export type SupplierIssueInvoiceType = z.infer<typeof SupplierIssueInvoice>
