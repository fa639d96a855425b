import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreListInstitutionOrdersResponse } from "@fupin/shared"
import { membershipFrom } from "../../../../lib/institution/request"
import { institutionOrders } from "../../../../lib/institution/portal"
import type { StoreListInstitutionOrdersType } from "../validators"

/** GET /store/institution/orders: the institution's orders, newest first, with what each bought per county. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListInstitutionOrdersType>, res: MedusaResponse<StoreListInstitutionOrdersResponse>) {
  const member = membershipFrom(req)
  const { limit, offset } = req.validatedQuery
  const { orders, count } = await institutionOrders(req.scope, member.institution_id, { limit, offset })
  res.json({ orders, count, limit, offset })
}
