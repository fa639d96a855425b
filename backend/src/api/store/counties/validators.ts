import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const StoreListCounties = createFindParams({ limit: 20, offset: 0 })
  .merge(
    z.object({
      handle: z.union([z.string(), z.array(z.string())]).optional(),
      delisted_poverty_county: z
        .enum(["true", "false"])
        .transform((v) => v === "true")
        .optional(),
    })
  )
  .strict()

export type StoreListCountiesType = z.infer<typeof StoreListCounties>
