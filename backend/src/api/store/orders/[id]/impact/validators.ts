import { z } from "@medusajs/framework/zod"

/** GET /store/orders/:id/impact — `email` proves a guest order is the caller's. */
export const StoreGetOrderImpact = z
  .object({
    email: z.string().trim().toLowerCase().email({ message: "email: not an email address" }).optional(),
  })
  .strict()

export type StoreGetOrderImpactType = z.infer<typeof StoreGetOrderImpact>
