import { listingReviewRoute } from "../../helpers"

export const POST = listingReviewRoute("reject")
