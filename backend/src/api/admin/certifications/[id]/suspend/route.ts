import { certificationActionRoute } from "../../helpers"

/** 暂停: certified → suspended; the product leaves the storefront at once. Reason required. */
export const POST = certificationActionRoute("suspend")
