import { reviewHandler } from "../../review"

/** POST /admin/institutions/:id/approve */
export const POST = reviewHandler("approve")
