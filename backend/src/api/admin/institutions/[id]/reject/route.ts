import { reviewHandler } from "../../review"

/** POST /admin/institutions/:id/reject */
export const POST = reviewHandler("reject")
