import { reviewRoute } from "../../helpers"

/** POST /admin/suppliers/:id/reinstate */
export const POST = reviewRoute("reinstate")
