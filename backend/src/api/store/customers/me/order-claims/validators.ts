import { z } from "@medusajs/framework/zod"

/**
 * POST /store/customers/me/order-claims: the e-mail the guest orders were
 * placed with (by default the account's own). Each order's confirmation link
 * goes to that address, never to the caller.
 */
export const StoreRequestOrderClaims = z
  .object({
    email: z.string().trim().toLowerCase().email({ message: "email: 请填写下单时用的电子邮箱 / enter the e-mail the orders were placed with" }).optional(),
  })
  .strict()
export type StoreRequestOrderClaimsType = z.infer<typeof StoreRequestOrderClaims>
