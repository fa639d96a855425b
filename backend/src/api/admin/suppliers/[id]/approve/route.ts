import { supplierActionRoute } from "../../helpers"

/** POST /admin/suppliers/:id/approve */
export const POST = supplierActionRoute("approve")
