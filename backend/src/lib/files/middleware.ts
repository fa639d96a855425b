import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readEnv } from "../../config/env"
import { checkUpload, type CheckedFile, type IncomingFile } from "./check-upload"

let maxBytes: number | undefined
const uploadMaxBytes = () => (maxBytes ??= readEnv(process.env, { needsDatabase: false }).files.uploadMaxBytes)

/**
 * For a route whose multer middleware has already read the files (Medusa's own
 * POST /admin/uploads: product media and certificate evidence): refuses the
 * request with 400 unless every file passes `checkUpload`, then hands the
 * route random names and the sniffed types instead of the client's, keeping
 * the client's names in `req.checkedFiles` for metadata.
 */
export function checkUploadedFiles(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const files = (req as MedusaRequest & { files?: IncomingFile[] }).files
  if (!Array.isArray(files)) return next()
  const checked: CheckedFile[] = files.map((file) => checkUpload(file, { maxBytes: uploadMaxBytes() }))
  files.forEach((file, i) => {
    file.originalname = checked[i]!.filename
    file.mimetype = checked[i]!.mimeType
  })
  ;(req as MedusaRequest & { checkedFiles?: CheckedFile[] }).checkedFiles = checked
  next()
}
