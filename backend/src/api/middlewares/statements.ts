import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StatementQuery } from "../../lib/statements/period"

/**
 * Monthly statements (lib/statements): the institution's 对账单 for its
 * members, the supplier's 结算单 for its members, and the operator's copies.
 * Who the caller is decides whose statement it is (access: lib/access/rules.ts).
 */
export const statementMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/institution/statements/:month", middlewares: [validateAndTransformQuery(StatementQuery, {})] },
  { method: ["GET"], matcher: "/supplier/statements/:month", middlewares: [validateAndTransformQuery(StatementQuery, {})] },
  { method: ["GET"], matcher: "/admin/institutions/:id/statements/:month", middlewares: [validateAndTransformQuery(StatementQuery, {})] },
  { method: ["GET"], matcher: "/admin/suppliers/:id/statements/:month", middlewares: [validateAndTransformQuery(StatementQuery, {})] },
]
