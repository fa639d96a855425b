import { changeRequestReviewRoute } from "../../helpers"

export const POST = changeRequestReviewRoute("approve")
