import { supplierActionRoute } from "../../helpers"

/** POST /admin/suppliers/:id/reinstate */
export const POST = supplierActionRoute("reinstate")
