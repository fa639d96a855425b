import { normaliseCnMobile } from "@fupin/shared"
import { z } from "@medusajs/framework/zod"

/** POST /store/auth/mobile-code: the mobile to send a login code to ("+86 138 0013 8000" is accepted). */
export const StoreRequestMobileCode = z
  .object({
    mobile: z
      .string({ message: "mobile: 请填写手机号 / enter the mobile number" })
      .transform((v, ctx) => {
        const mobile = normaliseCnMobile(v)
        if (!mobile) {
          ctx.addIssue({ code: "custom", message: "mobile: 手机号应为 11 位，以 13–19 开头 / a mobile number has 11 digits starting 13–19" })
          return z.NEVER
        }
        return mobile
      }),
  })
  .strict()
export type StoreRequestMobileCodeType = z.infer<typeof StoreRequestMobileCode>
