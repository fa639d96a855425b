import { certificationActionRoute } from "../../helpers"

/** 认定通过: applied → certified; the product goes on sale. */
export const POST = certificationActionRoute("certify")
