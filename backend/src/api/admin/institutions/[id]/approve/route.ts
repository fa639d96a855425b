import { institutionActionRoute } from "../../helpers"

/** POST /admin/institutions/:id/approve */
export const POST = institutionActionRoute("approve")
