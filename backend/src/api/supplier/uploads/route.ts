import type { MedusaResponse } from "@medusajs/framework/http"
import type { SupplierUploadResponse } from "@fupin/shared"
import { readEnv } from "../../../config/env"
import { storeUploads } from "../../../lib/files/store-uploads"
import type { SupplierRequest } from "../../../lib/supplier-portal/context"

/** POST /supplier/uploads — multipart `files`: images (JPEG, PNG, WebP) and PDFs by content, within FILE_UPLOAD_MAX_BYTES, stored under random names. */
export async function POST(req: SupplierRequest, res: MedusaResponse<SupplierUploadResponse>) {
  const files = ((req as unknown as { files?: Array<{ buffer: Buffer; size: number; originalname: string }> }).files ?? [])
  const { uploadMaxBytes } = readEnv(process.env, { needsDatabase: false }).files
  res.status(201).json({ files: await storeUploads(req.scope, files, { maxBytes: uploadMaxBytes }) })
}
