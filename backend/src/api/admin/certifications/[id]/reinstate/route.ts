import { certificationActionRoute } from "../../helpers"

/** 恢复: suspended → certified; the product is published again. */
export const POST = certificationActionRoute("reinstate")
