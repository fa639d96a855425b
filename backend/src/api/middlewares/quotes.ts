import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminAnswerQuote, AdminGetQuote, AdminListQuotes } from "../admin/quotes/validators"
import { StoreAcceptQuote, StoreCreateQuote, StoreDeclineQuote, StoreGetQuote, StoreListQuotes } from "../store/institution/validators"

/**
 * 询价 (requests for a quote): the institution portal's routes (who may call
 * them is src/lib/access/rules.ts) and the operator's (/admin, authenticated by
 * Medusa). Input validation only.
 */
export const quoteMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/institution/quotes", middlewares: [validateAndTransformQuery(StoreListQuotes, {})] },
  { method: ["POST"], matcher: "/store/institution/quotes", middlewares: [validateAndTransformBody(StoreCreateQuote)] },
  { method: ["GET"], matcher: "/store/institution/quotes/:id", middlewares: [validateAndTransformQuery(StoreGetQuote, {})] },
  { method: ["POST"], matcher: "/store/institution/quotes/:id/accept", middlewares: [validateAndTransformBody(StoreAcceptQuote)] },
  { method: ["POST"], matcher: "/store/institution/quotes/:id/decline", middlewares: [validateAndTransformBody(StoreDeclineQuote)] },
  { method: ["GET"], matcher: "/admin/quotes", middlewares: [validateAndTransformQuery(AdminListQuotes, {})] },
  { method: ["GET"], matcher: "/admin/quotes/:id", middlewares: [validateAndTransformQuery(AdminGetQuote, {})] },
  { method: ["POST"], matcher: "/admin/quotes/:id/answer", middlewares: [validateAndTransformBody(AdminAnswerQuote)] },
]
