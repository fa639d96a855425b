import { supplierActionRoute } from "../../helpers"

/** POST /admin/suppliers/:id/suspend */
export const POST = supplierActionRoute("suspend")
