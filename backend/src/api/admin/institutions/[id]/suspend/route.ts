import { institutionActionRoute } from "../../helpers"

/** POST /admin/institutions/:id/suspend */
export const POST = institutionActionRoute("suspend")
