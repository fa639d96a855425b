import { supplierActionRoute } from "../../helpers"

/** POST /admin/suppliers/:id/reject */
export const POST = supplierActionRoute("reject")
