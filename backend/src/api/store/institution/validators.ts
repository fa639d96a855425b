import { z } from "@medusajs/framework/zod"
import {
  APPROVAL_STATUSES,
  creditCodeProblem,
  DELIVERY_DATE_PROBLEM_LABELS,
  deliveryDateProblem,
  KUNMING_COUNTIES,
  MAX_LIST_LINES,
  MAX_LIST_NAME_LENGTH,
  MAX_LIST_QUANTITY,
  PAD_MAX_LINES,
  MAX_QUOTE_LINES,
  MAX_QUOTE_NOTE_LENGTH,
  MAX_QUOTE_QUANTITY,
  QUOTE_STATUSES,
  RECEIPT_DECISIONS,
  RECEIPT_NOTE_MAX,
} from "@fupin/shared"

/** A query string's number: "12.5" is 12.5; anything else goes to the schema as it came. */
const fromQuery = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v)

const int = (min: number, max: number, fallback: number) => z.preprocess(fromQuery, z.number().int().min(min).max(max).optional().default(fallback))

/** limit 1–100 (default 20), offset from 0 */
const page = { limit: int(1, 100, 20), offset: int(0, 100_000_000, 0) }

export const StoreInstitutionMe = z.object({}).strict()
export const StoreInstitutionDashboard = z.object({}).strict()

export const StoreCreateInstitutionCart = z.object({}).strict()
export const StoreGetInstitutionCart = z.object({}).strict()
export const StoreGetApproval = z.object({}).strict()

export const StorePadVariants = z
  .object({
    q: z.string().trim().min(1).max(100).optional(),
    sku: z.string().trim().min(1).max(2000).optional(),
    limit: int(1, 100, 20),
  })
  .strict()
  .refine((v) => v.q || v.sku, { message: "give q (product name) or sku", path: ["q"] })
export type StorePadVariantsType = z.infer<typeof StorePadVariants>

/**
 * One pad line. The quantity is checked line by line by the route (so that a
 * line that is not a number is reported with its row, like every other bad
 * line), hence a number or a string here.
 */
const PadLine = z
  .object({
    sku: z.string().trim().max(100).optional(),
    variant_id: z.string().trim().max(100).optional(),
    quantity: z.union([z.number(), z.string().max(40)]).optional(),
    requested_delivery_date: z.string().trim().max(40).optional(),
    canteen: z.string().trim().max(100).optional(),
  })
  .strict()

export const StoreAddInstitutionCartLines = z
  .object({
    lines: z.array(PadLine).min(1).max(PAD_MAX_LINES),
    replace: z.boolean().optional().default(false),
  })
  .strict()
export type StoreAddInstitutionCartLinesType = z.infer<typeof StoreAddInstitutionCartLines>

/**
 * What home delivery of the pad's goods costs before there is a cart: item_total yuan (the
 * pad's running total), to a canteen of the institution's (else to its own address).
 */
export const StorePadDelivery = z
  .object({
    item_total: z.preprocess(
      fromQuery,
      z
        .number({ message: "item_total: 货款必须是数字 / item_total must be a number" })
        .min(0, "item_total: 货款不能为负 / item_total cannot be below 0")
        .max(1_000_000_000, "item_total: 货款过高 / item_total is too high")
    ),
    canteen_id: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
export type StorePadDeliveryType = z.infer<typeof StorePadDelivery>

export const StorePadTemplate = z.object({ format: z.enum(["csv", "xlsx"]).optional().default("xlsx") }).strict()
export type StorePadTemplateType = z.infer<typeof StorePadTemplate>

export const StoreSubmitInstitutionCart = z.object({}).strict()

export const StoreListApprovals = z.object({ status: z.enum(APPROVAL_STATUSES).optional(), ...page }).strict()
export type StoreListApprovalsType = z.infer<typeof StoreListApprovals>

export const StoreApprove = z.object({ note: z.string().trim().max(500).optional() }).strict()
export const StoreReject = z.object({ note: z.string().trim().min(1, "a note saying why is required").max(500) }).strict()
export const StoreCancelApproval = z.object({ note: z.string().trim().max(500).optional() }).strict()
export type StoreDecisionType = { note?: string }

export const StoreListInstitutionOrders = z.object({ ...page }).strict()
export type StoreListInstitutionOrdersType = z.infer<typeof StoreListInstitutionOrders>

/** GET /store/institution/orders/:id/payment takes no query. */
export const StoreGetInstitutionOrderPayment = z.object({}).strict()
/** GET /store/institution/orders/:id/purchase-order.pdf: ?download=1 asks for an attachment rather than inline. */
export const StoreGetPurchaseOrderPdf = z.object({ download: z.enum(["0", "1"]).optional() }).strict()
export type StoreGetPurchaseOrderPdfType = z.infer<typeof StoreGetPurchaseOrderPdf>
// ---- canteens and the order's delivery ---------------------------------------

const COUNTY_HANDLES = KUNMING_COUNTIES.map((c) => c.handle) as [string, ...string[]]
/** a mobile (1[3-9] + 9 digits) or a landline with its area code (0871-65123456) */
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/

const canteenFields = {
  name: z.string().trim().min(1, "name: 食堂名称必填 / required").max(60),
  contact_name: z.string().trim().min(1, "contact_name: 联系人必填 / required").max(40),
  contact_phone: z.string().trim().regex(PHONE, "contact_phone: 手机 11 位或座机如 0871-65123456 / a mobile or landline number"),
  county_handle: z.enum(COUNTY_HANDLES, { message: "county_handle: 请选择昆明市的区县 / a district or county of Kunming" }),
  address: z.string().trim().min(2, "address: 详细地址必填 / required").max(200),
}

export const StoreListCanteens = z.object({}).strict()
export const StoreCreateCanteen = z.object(canteenFields).strict()
export type StoreCreateCanteenType = z.infer<typeof StoreCreateCanteen>
export const StoreUpdateCanteen = z
  .object(canteenFields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "give at least one field to change", path: ["name"] })
export type StoreUpdateCanteenType = z.infer<typeof StoreUpdateCanteen>

const canteenId = z.string().trim().min(1, "canteen_id: 请选择收货食堂 / choose a canteen").max(100)
const requestedDeliveryDate = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const problem = deliveryDateProblem(v)
    if (problem) ctx.addIssue({ code: "custom", message: `requested_delivery_date: ${DELIVERY_DATE_PROBLEM_LABELS[problem].zh} / ${DELIVERY_DATE_PROBLEM_LABELS[problem].en}` })
  })

export const StoreSetCartDelivery = z.object({ canteen_id: canteenId, requested_delivery_date: requestedDeliveryDate }).strict()
export type StoreSetCartDeliveryType = z.infer<typeof StoreSetCartDelivery>

// ---- 验收: confirming a supplier shipment ------------------------------------

const quantity = (field: string) =>
  z.number({ message: `${field}: 请填写数量 / give a quantity` }).int(`${field}: 须为整数 / a whole number`).min(0, `${field}: 不能小于 0 / at least 0`)

export const StoreListOrderShipments = z.object({}).strict()
/** GET /store/institution/orders/:id/lines takes no query */
export const StoreGetOrderLines = z.object({}).strict()

export const StoreConfirmReceipt = z
  .object({
    decision: z.enum([...RECEIPT_DECISIONS], { message: "decision: 请选择验收通过或有异议 / accepted or disputed" }),
    lines: z
      .array(
        z
          .object({
            line_item_id: z.string().trim().min(1, "line_item_id: 必填 / required").max(100),
            received_quantity: quantity("received_quantity"),
            damaged_quantity: quantity("damaged_quantity").optional(),
          })
          .strict()
      )
      .max(500)
      .optional(),
    note: z.string().trim().max(RECEIPT_NOTE_MAX, `note: 最多 ${RECEIPT_NOTE_MAX} 字 / at most ${RECEIPT_NOTE_MAX} characters`).nullish(),
    photo_url: z.string().trim().url("photo_url: 须为上传后得到的网址 / the URL the upload returned").max(1000).nullish(),
  })
  .strict()
export type StoreConfirmReceiptType = z.infer<typeof StoreConfirmReceipt>

// ---- 开票信息 (invoice details) -------------------------------------------------

const CREDIT_CODE_PROBLEMS = {
  length: "应为 18 位 / must be 18 characters",
  character: "含有不允许的字符（只能是数字和除 I、O、S、V、Z 外的大写字母）/ a character outside 0-9 and A-Y without I, O, S, V, Z",
  check: "校验位不正确，请核对 / the check character is wrong (GB 32100-2015)",
} as const
const required = (field: string, zh: string, max: number) =>
  z.string({ error: `${field}: 请填写${zh} / required` }).trim().min(1, `${field}: 请填写${zh} / required`).max(max, `${field}: 最多 ${max} 个字 / at most ${max} characters`)

/** POST /store/institution/settings/invoice (admins): the 开票信息 its suppliers print on their invoices. */
export const StoreSetInvoiceDetails = z
  .object({
    title: required("title", "发票抬头", 100),
    tax_id: z
      .string({ error: "tax_id: 请填写纳税人识别号 / required" })
      .trim()
      .transform((s) => s.toUpperCase())
      .superRefine((code, ctx) => {
        const problem = creditCodeProblem(code)
        if (problem) ctx.addIssue({ code: "custom", message: `tax_id: 纳税人识别号（统一社会信用代码）${CREDIT_CODE_PROBLEMS[problem]}` })
      }),
    address: required("address", "地址", 200),
    phone: z.string().trim().regex(PHONE, "phone: 请填写手机号或带区号的座机（如 0871-65123456）/ a mobile or a landline with its area code"),
    bank: required("bank", "开户行", 100),
    account: z.string().trim().regex(/^[\d -]{6,40}$/, "account: 银行账号应为 6–40 位数字 / 6 to 40 digits"),
  })
  .strict()
export type StoreSetInvoiceDetailsType = z.infer<typeof StoreSetInvoiceDetails>

// ---- 常用清单 (reusable lists) ------------------------------------------------

/** a name, trimmed, 1 to MAX_LIST_NAME_LENGTH characters (custom messages: zod's own length messages drop them) */
const listName = z
  .string()
  .trim()
  .refine((v) => v.length > 0, { message: "name: 清单名称必填 / a list needs a name" })
  .refine((v) => v.length <= MAX_LIST_NAME_LENGTH, { message: `name: 清单名称最多 ${MAX_LIST_NAME_LENGTH} 个字 / at most ${MAX_LIST_NAME_LENGTH} characters` })
const ListLine = z
  .object({
    variant_id: z.string().trim().min(1).max(100),
    quantity: z.number().int().min(1).max(MAX_LIST_QUANTITY),
  })
  .strict()
/** the MAX_LIST_LINES limit is checked by the step, with its own message; this only bounds the body */
const listLines = z.array(ListLine).max(MAX_LIST_LINES * 4)

export const StoreListLists = z.object({}).strict()
export const StoreGetList = z.object({}).strict()
export const StoreCreateList = z
  .object({ name: listName, lines: listLines.optional(), order_id: z.string().trim().min(1).max(100).optional() })
  .strict()
  .refine((v) => (v.lines === undefined) !== (v.order_id === undefined), {
    message: "lines: 请给出清单的行或一张订单（二选一） / give the lines or an order_id, one of them",
    path: ["lines"],
  })
export type StoreCreateListType = z.infer<typeof StoreCreateList>
export const StoreUpdateList = z
  .object({ name: listName.optional(), lines: listLines.optional() })
  .strict()
  .refine((v) => v.name !== undefined || v.lines !== undefined, { message: "name: 请给出新名称或新的行 / give a new name or new lines", path: ["name"] })
export type StoreUpdateListType = z.infer<typeof StoreUpdateList>

// ---- 询价 (requests for a quote) -------------------------------------------

const QuoteLine = z
  .object({
    variant_id: z.string().trim().min(1).max(100),
    quantity: z.number().int().min(1).max(MAX_QUOTE_QUANTITY),
  })
  .strict()
const quoteNote = z.string().trim().max(MAX_QUOTE_NOTE_LENGTH)

export const StoreCreateQuote = z
  .object({
    lines: z
      .array(QuoteLine)
      .min(1, "lines: 询价单至少要有一行 / a quote needs at least one line")
      .max(MAX_QUOTE_LINES, `lines: 一次最多询价 ${MAX_QUOTE_LINES} 行 / at most ${MAX_QUOTE_LINES} lines`),
    note: quoteNote.optional(),
    // where and when the goods are wanted: they become the order's, as the pad's delivery step sets them
    canteen_id: canteenId.optional(),
    requested_delivery_date: requestedDeliveryDate.optional(),
  })
  .strict()
export type StoreCreateQuoteType = z.infer<typeof StoreCreateQuote>
export const StoreListQuotes = z.object({ status: z.enum(QUOTE_STATUSES).optional(), ...page }).strict()
export type StoreListQuotesType = z.infer<typeof StoreListQuotes>
export const StoreGetQuote = z.object({}).strict()
export const StoreAcceptQuote = z.object({}).strict()
export const StoreDeclineQuote = z.object({ note: z.string().trim().max(500).optional() }).strict()
export type StoreDeclineQuoteType = z.infer<typeof StoreDeclineQuote>
