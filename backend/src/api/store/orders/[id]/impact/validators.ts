import { z } from "@medusajs/framework/zod"
import { normaliseCnMobile } from "@fupin/shared"

/** GET /store/orders/:id/impact — `email`, or for an order placed without one `mobile`, proves a guest order is the caller's. */
export const StoreGetOrderImpact = z
  .object({
    email: z.string().trim().toLowerCase().email({ message: "email: not an email address" }).optional(),
    mobile: z
      .string()
      .transform((raw, ctx) => {
        const mobile = normaliseCnMobile(raw)
        if (!mobile) ctx.addIssue({ code: "custom", message: "mobile: 手机号应为 11 位 / not an 11-digit mobile number" })
        return mobile ?? raw
      })
      .optional(),
  })
  .strict()

export type StoreGetOrderImpactType = z.infer<typeof StoreGetOrderImpact>
