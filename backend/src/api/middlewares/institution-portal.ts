import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import multer from "multer"
import {
  StoreAddInstitutionCartLines,
  StoreApprove,
  StoreCancelApproval,
  StoreConfirmReceipt,
  StoreCreateCanteen,
  StoreCreateInstitutionCart,
  StoreGetInstitutionCart,
  StoreGetApproval,
  StoreInstitutionDashboard,
  StoreInstitutionMe,
  StoreListApprovals,
  StoreListCanteens,
  StoreListInstitutionOrders,
  StoreGetOrderLines,
  StoreListOrderShipments,
  StorePadTemplate,
  StorePadDelivery,
  StorePadVariants,
  StoreReject,
  StoreSetCartDelivery,
  StoreSubmitInstitutionCart,
  StoreUpdateCanteen,
  StoreSetInvoiceDetails,
  StoreListLists,
  StoreGetList,
  StoreCreateList,
  StoreUpdateList,
} from "../store/institution/validators"
import { multipartFiles } from "../../lib/http/upload"
import { bulkRateLimit, uploadRateLimit } from "./rate-limit"

/** An order-pad file: CSV or XLSX, one file, at most 5 MB (2,000 rows of a template are ~100 kB). */
export const PAD_FILE_MAX_BYTES = 5 * 1024 * 1024
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: PAD_FILE_MAX_BYTES, files: 1, fields: 5 } }).single("file")

/** multer's refusals (too large, a second file, another field name) answer 400 naming the field. */
function padFile(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req as never, res as never, (err?: unknown) => {
    if (!err) return next()
    const e = err as { code?: string; message?: string }
    const message =
      e.code === "LIMIT_FILE_SIZE"
        ? `file: 文件不能超过 ${PAD_FILE_MAX_BYTES / 1024 / 1024} MB / at most ${PAD_FILE_MAX_BYTES / 1024 / 1024} MB`
        : `file: ${e.message ?? "the upload could not be read"}`
    res.status(400).json({ type: "invalid_data", message })
  })
}

/**
 * The institution portal's routes (/store/institution/…): who may call them
 * (members, and which role) is decided once in src/lib/access/rules.ts
 * (mounted by ./access.ts, which also authenticates the customer); here only
 * input validation and the bulk/upload rate limits.
 */
export const institutionPortalMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/institution/me", middlewares: [validateAndTransformQuery(StoreInstitutionMe, {})] },
  { method: ["GET"], matcher: "/store/institution/dashboard", middlewares: [validateAndTransformQuery(StoreInstitutionDashboard, {})] },
  { method: ["POST"], matcher: "/store/institution/carts", middlewares: [validateAndTransformBody(StoreCreateInstitutionCart)] },
  { method: ["GET"], matcher: "/store/institution/carts/:id", middlewares: [validateAndTransformQuery(StoreGetInstitutionCart, {})] },
  {
    method: ["POST"],
    matcher: "/store/institution/carts/:id/lines",
    middlewares: [bulkRateLimit(), validateAndTransformBody(StoreAddInstitutionCartLines)],
  },
  { method: ["POST"], matcher: "/store/institution/carts/:id/submit", middlewares: [validateAndTransformBody(StoreSubmitInstitutionCart)] },
  { method: ["GET"], matcher: "/store/institution/pad/variants", middlewares: [validateAndTransformQuery(StorePadVariants, {})] },
  { method: ["GET"], matcher: "/store/institution/pad/template", middlewares: [validateAndTransformQuery(StorePadTemplate, {})] },
  { method: ["GET"], matcher: "/store/institution/pad/delivery", middlewares: [validateAndTransformQuery(StorePadDelivery, {})] },
  { method: ["POST"], matcher: "/store/institution/pad/check", bodyParser: false, middlewares: [uploadRateLimit(), padFile] },
  { method: ["GET"], matcher: "/store/institution/approvals", middlewares: [validateAndTransformQuery(StoreListApprovals, {})] },
  { method: ["GET"], matcher: "/store/institution/approvals/:id", middlewares: [validateAndTransformQuery(StoreGetApproval, {})] },
  { method: ["POST"], matcher: "/store/institution/approvals/:id/approve", middlewares: [validateAndTransformBody(StoreApprove)] },
  { method: ["POST"], matcher: "/store/institution/approvals/:id/reject", middlewares: [validateAndTransformBody(StoreReject)] },
  { method: ["POST"], matcher: "/store/institution/approvals/:id/cancel", middlewares: [validateAndTransformBody(StoreCancelApproval)] },
  { method: ["GET"], matcher: "/store/institution/orders", middlewares: [validateAndTransformQuery(StoreListInstitutionOrders, {})] },
  { method: ["POST"], matcher: "/store/institution/carts/:id/delivery", middlewares: [validateAndTransformBody(StoreSetCartDelivery)] },
  { method: ["GET"], matcher: "/store/institution/canteens", middlewares: [validateAndTransformQuery(StoreListCanteens, {})] },
  { method: ["POST"], matcher: "/store/institution/canteens", middlewares: [validateAndTransformBody(StoreCreateCanteen)] },
  { method: ["POST"], matcher: "/store/institution/canteens/:id", middlewares: [validateAndTransformBody(StoreUpdateCanteen)] },
  // 开票信息: every member reads them, the admin sets them
  { method: ["POST"], matcher: "/store/institution/settings/invoice", middlewares: [validateAndTransformBody(StoreSetInvoiceDetails)] },
  // 验收: each supplier shipment, confirmed once (a photo of a shortfall is uploaded first)
  { method: ["GET"], matcher: "/store/institution/orders/:id/shipments", middlewares: [validateAndTransformQuery(StoreListOrderShipments, {})] },
  { method: ["GET"], matcher: "/store/institution/orders/:id/lines", middlewares: [validateAndTransformQuery(StoreGetOrderLines, {})] },
  {
    method: ["POST"],
    matcher: "/store/institution/orders/:id/shipments/:fulfillment_id/receipt",
    middlewares: [validateAndTransformBody(StoreConfirmReceipt)],
  },
  { method: ["POST"], matcher: "/store/institution/uploads", bodyParser: false, middlewares: [uploadRateLimit(), multipartFiles("files", 3)] },
  // 常用清单: every member reads them; purchasers and admins save, rename, replace and delete
  { method: ["GET"], matcher: "/store/institution/lists", middlewares: [validateAndTransformQuery(StoreListLists, {})] },
  { method: ["POST"], matcher: "/store/institution/lists", middlewares: [validateAndTransformBody(StoreCreateList)] },
  { method: ["GET"], matcher: "/store/institution/lists/:id", middlewares: [validateAndTransformQuery(StoreGetList, {})] },
  { method: ["POST"], matcher: "/store/institution/lists/:id", middlewares: [validateAndTransformBody(StoreUpdateList)] },
]
