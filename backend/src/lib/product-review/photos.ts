import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { ProductReviewPhoto } from "@fupin/shared"
import { fileUrls } from "../files/store-uploads"

/** Stored under a random name with the extension of what it really is (lib/files): images only, never a PDF. */
const IMAGE_FILE = /\.(jpg|png|webp)$/i

/**
 * The review's photos as the file module has them: each id must be an image stored through
 * POST /store/reviews/uploads (400 naming `photos` otherwise). The operator sees every photo
 * before the review is shown.
 */
export async function reviewPhotos(container: MedusaContainer, ids: string[]): Promise<ProductReviewPhoto[]> {
  if (!ids.length) return []
  const bad = ids.find((id) => !IMAGE_FILE.test(id))
  if (bad) throw new MedusaError(MedusaError.Types.INVALID_DATA, `photos: ${bad} 不是图片 / not a photo (JPEG, PNG or WebP)`)
  const urls = await fileUrls(container, ids, "photos", "POST /store/reviews/uploads")
  return [...new Set(ids)].map((id) => ({ file_id: id, url: urls.get(id)! }))
}
