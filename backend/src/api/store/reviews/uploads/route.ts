import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { SupplierUploadResponse } from "@fupin/shared"
import { readEnv } from "../../../../config/env"
import { storeUploads } from "../../../../lib/files/store-uploads"

/**
 * POST /store/reviews/uploads — multipart `files`: a logged-in shopper's photos for a review
 * (JPEG, PNG or WebP by content, within FILE_UPLOAD_MAX_BYTES, stored under a random name);
 * the answer's ids go into POST /store/orders/:id/reviews `photos`.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<SupplierUploadResponse>) {
  const files = (req as unknown as { files?: Array<{ buffer: Buffer; size: number; originalname: string }> }).files ?? []
  const { uploadMaxBytes } = readEnv(process.env, { needsDatabase: false }).files
  res.status(201).json({ files: await storeUploads(req.scope, files, { maxBytes: uploadMaxBytes, imagesOnly: true }) })
}
