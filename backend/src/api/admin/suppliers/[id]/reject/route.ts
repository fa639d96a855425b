import { reviewRoute } from "../../helpers"

/** POST /admin/suppliers/:id/reject */
export const POST = reviewRoute("reject")
