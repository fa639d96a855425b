import { certificationActionRoute } from "../../helpers"

/** 撤销: final; the product leaves the storefront. Reason required. */
export const POST = certificationActionRoute("revoke")
