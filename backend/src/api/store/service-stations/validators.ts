import { z } from "@medusajs/framework/zod"
import { listParams } from "../../admin/institutions/validators"

export const StoreListServiceStations = listParams("sort_order")
  .extend({
    q: z.string().trim().min(1).max(100).optional(),
    county_handle: z.string().trim().min(1).max(50).optional(),
    township_id: z.string().trim().min(1).max(50).optional(),
    village_id: z.string().trim().min(1).max(50).optional(),
  })
  .strict()
