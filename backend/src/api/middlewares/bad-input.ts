import {
  errorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { type BadInput, badBody, badPath, badQuery } from "../../lib/http/bad-input"

function refuse(res: MedusaResponse, bad: BadInput): void {
  res.status(400).json({ type: "invalid_data", field: bad.field, message: bad.message })
}

/**
 * The validation layer every route goes through, before Medusa's and our
 * route validators: refuses with 400 (naming the field) the input no route
 * can mean — null bytes, impossible dates and numbers, bad paging and sort
 * parameters, fractional quantities, over-deep JSON. See lib/http/bad-input.
 */
export function rejectBadInput(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const bad =
    badPath(req.originalUrl.split("?")[0] ?? "") ??
    badQuery(req.query as Record<string, unknown>) ??
    (req.body === undefined ? undefined : badBody(req.body))
  if (bad) return refuse(res, bad)
  next()
}

/**
 * Errors thrown deep down that are the caller's fault, turned into a 400
 * naming the field: MikroORM checks `order` against the entity's own
 * properties (the only place that knows every list's columns), but throws a
 * plain Error that Medusa would answer with 500.
 */
const CALLER_ERRORS: Array<{ pattern: RegExp; bad: (match: RegExpExecArray) => BadInput }> = [
  {
    pattern: /^Trying to order by not existing property (\w+)\.([\w.]+)/,
    bad: (m) => ({ field: "order", message: `order: ${m[1]} has no field ${m[2]}` }),
  },
]

const medusaErrorHandler = errorHandler()

export function callerErrorHandler(err: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  // Errors from inside a workflow arrive serialized: plain objects with a message.
  const message = typeof (err as { message?: unknown })?.message === "string" ? (err as { message: string }).message : ""
  for (const { pattern, bad } of CALLER_ERRORS) {
    const match = pattern.exec(message)
    if (match) return refuse(res, bad(match))
  }
  medusaErrorHandler(err, req, res, next)
}

/** No `method`: Medusa registers method-less middlewares before any route's own. */
export const badInputMiddlewares: MiddlewareRoute[] = [
  { matcher: "/", middlewares: [rejectBadInput] },
]
