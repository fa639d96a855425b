import { institutionActionRoute } from "../../helpers"

/** POST /admin/institutions/:id/reject */
export const POST = institutionActionRoute("reject")
