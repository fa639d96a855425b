import { moderateReviewRoute } from "../../helpers"

export const POST = moderateReviewRoute("approved")
