import { changeRequestReviewRoute } from "../../helpers"

export const POST = changeRequestReviewRoute("reject")
