import { z } from "@medusajs/framework/zod"

export const StoreGetImpact = z
  .object({
    county_handle: z.string().min(1).max(40).optional(),
  })
  .strict()

export type StoreGetImpactType = z.infer<typeof StoreGetImpact>
