import { z } from "@medusajs/framework/zod"

/** POST /store/customers/me/order-claims/mobile takes nothing: the account's verified mobile decides. */
export const StoreClaimOrdersByMobile = z.object({}).strict()
