import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { StoreGetPurchaseOrderPdf } from "../store/institution/validators"
import { SupplierIssueInvoice, SupplierListInvoiceRequests } from "../supplier/validators"
import { StatementQuery } from "../../lib/statements/period"

/**
 * Invoice requests (lib/settlement/invoice-requests.ts): an institution's
 * member asks, the supplier records the invoice issued.
 *
 * Monthly statements (lib/statements) and the operator's copies of the
 * 采购单 and 送货单: the institution's 对账单 for its
 * members, the supplier's 结算单 for its members, and the operator's copies.
 * Who the caller is decides whose statement it is (access: lib/access/rules.ts).
 */
export const statementMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/institution/statements/:month", middlewares: [validateAndTransformQuery(StatementQuery, {})] },
  { method: ["GET"], matcher: "/supplier/statements/:month", middlewares: [validateAndTransformQuery(StatementQuery, {})] },
  { method: ["GET"], matcher: "/admin/institutions/:id/statements/:month", middlewares: [validateAndTransformQuery(StatementQuery, {})] },
  { method: ["GET"], matcher: "/admin/suppliers/:id/statements/:month", middlewares: [validateAndTransformQuery(StatementQuery, {})] },
  // the operator's copies of the order documents
  { method: ["GET"], matcher: "/admin/orders/:id/purchase-order.pdf", middlewares: [validateAndTransformQuery(StoreGetPurchaseOrderPdf, {})] },
  { method: ["GET"], matcher: "/admin/orders/:id/fulfillments/:fulfillment_id/delivery-note.pdf", middlewares: [validateAndTransformQuery(StoreGetPurchaseOrderPdf, {})] },
  { method: ["POST"], matcher: "/store/institution/orders/:id/invoice-requests", middlewares: [validateAndTransformBody(z.object({}).strict())] },
  { method: ["GET"], matcher: "/supplier/invoice-requests", middlewares: [validateAndTransformQuery(SupplierListInvoiceRequests, {})] },
  { method: ["POST"], matcher: "/supplier/invoice-requests/:id", middlewares: [validateAndTransformBody(SupplierIssueInvoice)] },
]
