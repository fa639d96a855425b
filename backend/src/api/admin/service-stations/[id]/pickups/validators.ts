import { z } from "@medusajs/framework/zod"

/** POST /admin/service-stations/:id/pickups: the 取货码 the shopper shows at the station. */
export const AdminRedeemPickup = z
  .object({
    code: z.string({ message: "code: 请填写取货码 / enter the pickup code" }).trim().regex(/^\d{6}$/, { message: "code: 取货码是 6 位数字 / a pickup code has 6 digits" }),
  })
  .strict()
export type AdminRedeemPickupType = z.infer<typeof AdminRedeemPickup>
