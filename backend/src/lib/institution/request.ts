import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { Membership } from "./membership"

const MEMBER = Symbol("fupin.institution.member")

/** Kept on the request by the access check (src/api/middlewares/access.ts), which has already loaded it. */
export function setMembership(req: MedusaRequest, member: Membership) {
  ;(req as unknown as Record<symbol, Membership>)[MEMBER] = member
}

/** The caller's membership on an institution route; the access check has refused non-members before any route runs. */
export function membershipFrom(req: MedusaRequest): Membership {
  const member = (req as unknown as Record<symbol, Membership | undefined>)[MEMBER]
  if (!member) throw new MedusaError(MedusaError.Types.FORBIDDEN, "not a member of an institution")
  return member
}
