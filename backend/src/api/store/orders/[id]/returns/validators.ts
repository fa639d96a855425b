import { RETURN_NOTE_MAX, RETURN_PHOTOS_MAX, SHOPPER_RETURN_REASONS } from "@fupin/shared"
import { z } from "@medusajs/framework/zod"

const fileId = z
  .string()
  .regex(/^(?!.*\.\.)[A-Za-z0-9._/-]{1,200}$/, "photos: 照片须先上传 / a file id from POST /store/reviews/uploads")

/** POST /store/orders/:id/returns: which lines and how many, why, in the shopper's words, with photos. */
export const StoreCreateShopperReturn = z
  .object({
    items: z
      .array(z.object({ id: z.string().min(1), quantity: z.number().int().min(1).max(10000) }).strict())
      .min(1, "items: 请选择要退的商品 / choose what goes back"),
    reason: z.enum(SHOPPER_RETURN_REASONS),
    note: z.string().trim().max(RETURN_NOTE_MAX).nullable().optional(),
    photos: z.array(fileId).max(RETURN_PHOTOS_MAX).optional(),
  })
  .strict()
export type StoreCreateShopperReturnType = z.infer<typeof StoreCreateShopperReturn>
