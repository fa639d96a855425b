import { reviewRoute } from "../../helpers"

/** POST /admin/suppliers/:id/approve */
export const POST = reviewRoute("approve")
