import { reviewHandler } from "../../review"

/** POST /admin/institutions/:id/reinstate */
export const POST = reviewHandler("reinstate")
