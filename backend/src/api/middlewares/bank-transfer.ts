import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { BANK_TRANSFER_PROVIDER_ID } from "@fupin/shared"
import { BANK_TRANSFER_MEMBERS_ONLY, customerOf, mayPayByBankTransfer } from "../../lib/access/rules"
import { membershipOf } from "../../lib/institution/membership"
import { AdminCreateBankTransfer, AdminListBankTransfers } from "../admin/bank-transfers/validators"
import { StoreGetInstitutionOrderPayment, StoreGetPurchaseOrderPdf } from "../store/institution/validators"

const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

async function callerMayPayByTransfer(req: AuthenticatedMedusaRequest): Promise<boolean> {
  const customerId = customerOf({ actor_type: req.auth_context?.actor_type, actor_id: req.auth_context?.actor_id })
  return mayPayByBankTransfer(await membershipOf(req.scope, customerId))
}

/** GET /store/payment-providers: the bank-transfer provider is left out for anyone but an institution member. */
export async function hideBankTransferProvider(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    if (await callerMayPayByTransfer(req)) return next()
    const json = res.json.bind(res)
    res.json = ((body: unknown) => {
      const b = body as { payment_providers?: Array<{ id: string }>; count?: number } | undefined
      if (b && Array.isArray(b.payment_providers)) {
        const kept = b.payment_providers.filter((p) => p.id !== BANK_TRANSFER_PROVIDER_ID)
        const removed = b.payment_providers.length - kept.length
        return json({ ...b, payment_providers: kept, ...(typeof b.count === "number" ? { count: b.count - removed } : {}) })
      }
      return json(body)
    }) as typeof res.json
    next()
  } catch (e) {
    next(e)
  }
}

/** POST /store/payment-collections/:id/payment-sessions with the bank-transfer provider: institution members only (403). */
export async function refuseBankTransferSession(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const providerId = (req.body as { provider_id?: unknown } | undefined)?.provider_id
    if (providerId === BANK_TRANSFER_PROVIDER_ID && !(await callerMayPayByTransfer(req))) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `provider_id: ${BANK_TRANSFER_MEMBERS_ONLY}`)
    }
    next()
  } catch (e) {
    next(e)
  }
}

/** 对公转账: the provider's gate on the shopper's routes, the operator's transfer routes, an order's payment and its purchase order. */
export const bankTransferMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/payment-providers", middlewares: [optionalCustomer, hideBankTransferProvider] },
  { method: ["POST"], matcher: "/store/payment-collections/:id/payment-sessions", middlewares: [optionalCustomer, refuseBankTransferSession] },
  { method: ["GET"], matcher: "/admin/bank-transfers", middlewares: [validateAndTransformQuery(AdminListBankTransfers, {})] },
  { method: ["POST"], matcher: "/admin/bank-transfers", middlewares: [validateAndTransformBody(AdminCreateBankTransfer)] },
  { method: ["GET"], matcher: "/store/institution/orders/:id/payment", middlewares: [validateAndTransformQuery(StoreGetInstitutionOrderPayment, {})] },
  { method: ["GET"], matcher: "/store/institution/orders/:id/purchase-order.pdf", middlewares: [validateAndTransformQuery(StoreGetPurchaseOrderPdf, {})] },
  // each supplier shipment's 送货单 (lib/documents/delivery-note.ts)
  {
    method: ["GET"],
    matcher: "/store/institution/orders/:id/shipments/:fulfillment_id/delivery-note.pdf",
    middlewares: [validateAndTransformQuery(StoreGetPurchaseOrderPdf, {})],
  },
]
