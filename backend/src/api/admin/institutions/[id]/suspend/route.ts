import { reviewHandler } from "../../review"

/** POST /admin/institutions/:id/suspend */
export const POST = reviewHandler("suspend")
