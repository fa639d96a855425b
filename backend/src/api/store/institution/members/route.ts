import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreInstitutionMembersResponse } from "@fupin/shared"
import { membershipFrom } from "../../../../lib/institution/request"
import { listMembers } from "../../../../lib/institution/members"

/** GET /store/institution/members (admin): who belongs to the caller's institution, with their roles. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const member = membershipFrom(req)
  const body: StoreInstitutionMembersResponse = { members: await listMembers(req.scope, member.institution_id) }
  res.json(body)
}
