import { institutionActionRoute } from "../../helpers"

/** POST /admin/institutions/:id/reinstate */
export const POST = institutionActionRoute("reinstate")
