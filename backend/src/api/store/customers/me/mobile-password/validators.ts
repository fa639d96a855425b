import { MIN_PASSWORD_LENGTH } from "@fupin/shared"
import { z } from "@medusajs/framework/zod"

/** POST /store/customers/me/mobile-password: the password for logging in with the mobile instead of a code. */
export const StoreSetMobilePassword = z
  .object({
    password: z
      .string({ message: "password: 请填写密码 / enter a password" })
      .refine((p) => [...p].length >= MIN_PASSWORD_LENGTH, {
        message: `password: 密码至少 ${MIN_PASSWORD_LENGTH} 位 / the password needs at least ${MIN_PASSWORD_LENGTH} characters`,
      }),
  })
  .strict()
export type StoreSetMobilePasswordType = z.infer<typeof StoreSetMobilePassword>
