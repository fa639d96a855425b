import { z } from "@medusajs/framework/zod"
import { SUPPLIER_TYPES } from "@fupin/shared"

export const StoreGetSuppliersParams = z
  .object({
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    county_handle: z.string().trim().min(1).optional(),
    type: z.enum(SUPPLIER_TYPES).optional(),
  })
  .strict()
export type StoreGetSuppliersParamsType = z.infer<typeof StoreGetSuppliersParams>

/** No query parameters: the store decides which fields are public. */
export const StoreGetSupplierParams = z.object({}).strict()
