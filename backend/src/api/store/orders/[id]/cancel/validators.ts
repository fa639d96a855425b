import { SHOPPER_CANCEL_REASONS } from "@fupin/shared"
import { z } from "@medusajs/framework/zod"

/** POST /store/orders/:id/cancel: why (one of the listed reasons) and, optionally, in the shopper's words. */
export const StoreCancelOrder = z
  .object({
    reason: z.enum(SHOPPER_CANCEL_REASONS),
    note: z.string().trim().max(200).nullable().optional(),
  })
  .strict()
export type StoreCancelOrderType = z.infer<typeof StoreCancelOrder>
