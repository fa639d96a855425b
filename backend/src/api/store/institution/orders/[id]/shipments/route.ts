import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StoreListInstitutionShipmentsResponse } from "@fupin/shared"
import { fromFen } from "@fupin/shared"
import { autoAcceptDays, orderShipments } from "../../../../../../lib/receiving/shipments"
import { fenOf } from "../../../../../../modules/settlement/service"

/**
 * GET /store/institution/orders/:id/shipments: each supplier's shipment of the
 * order with its lines and its receipt (验收), or the date it will be accepted
 * automatically. Only the institution's members reach it (src/lib/access/rules.ts).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreListInstitutionShipmentsResponse>) {
  const shipments = await orderShipments(req.scope, req.params.id!)
  if (!shipments) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  const deduction = shipments.reduce((sum, s) => sum + fenOf(s.receipt?.deduction ?? 0), 0)
  res.json({ shipments, auto_accept_days: autoAcceptDays(), deduction: fromFen(deduction) })
}
