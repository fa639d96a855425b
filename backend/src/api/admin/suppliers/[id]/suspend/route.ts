import { reviewRoute } from "../../helpers"

/** POST /admin/suppliers/:id/suspend */
export const POST = reviewRoute("suspend")
