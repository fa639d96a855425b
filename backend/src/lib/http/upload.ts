import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { readEnv } from "../../config/env"
import { megabytes } from "../files/check-upload"

/** Uploads are spreadsheets of at most a few thousand rows: 5 MB is plenty. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024

/**
 * One multipart file in memory as `req.file` (multer, as Medusa's own import
 * routes use it). A file too large, a second file or a wrong field answers 400
 * naming the field instead of multer's 500; a request without a file goes on
 * and the route says what is missing.
 */
export function singleFileUpload(field = "file", maxBytes = MAX_UPLOAD_BYTES) {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, files: 1, fields: 20 } }).single(field)
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    upload(req as never, res as never, (error: unknown) => {
      if (!error) return next()
      if (error instanceof multer.MulterError) {
        const reason =
          error.code === "LIMIT_FILE_SIZE"
            ? `文件超过 ${maxBytes / 1024 / 1024} MB / the file is larger than ${maxBytes / 1024 / 1024} MB`
            : `上传格式不正确 / ${error.message}`
        return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${reason}`))
      }
      next(new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: 无法读取上传内容 / the upload could not be read`))
    })
  }
}

/** The uploaded file, or 400 naming the field. */
export function uploadedFile(req: MedusaRequest, field = "file"): { buffer: Buffer; originalname: string } {
  const file = (req as MedusaRequest & { file?: { buffer: Buffer; originalname: string } }).file
  if (!file || !file.buffer?.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: 请上传 CSV 或 XLSX 文件（字段 ${field}）/ upload a CSV or XLSX file as form field "${field}"`)
  }
  return file
}

/** multipart/form-data into memory, at most `files` files of FILE_UPLOAD_MAX_BYTES each (pictures, licences); too large → 400 naming the field. */
export function multipartFiles(field: string, files: number) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const { uploadMaxBytes } = readEnv(process.env, { needsDatabase: false }).files
    const parse = multer({ storage: multer.memoryStorage(), limits: { fileSize: uploadMaxBytes, files } })
    const handler = files === 1 ? parse.single(field) : parse.array(field, files)
    handler(req as never, res as never, (e?: unknown) => {
      if (!e) return next()
      const code = (e as { code?: string }).code
      const mb = megabytes(uploadMaxBytes)
      const message =
        code === "LIMIT_FILE_SIZE"
          ? `${field}: 文件超过 ${mb} / the file is larger than ${mb}`
          : code === "LIMIT_FILE_COUNT" || code === "LIMIT_UNEXPECTED_FILE"
            ? `${field}: 最多 ${files} 个文件，字段名为 ${field} / at most ${files} file(s), in the multipart field "${field}"`
            : `${field}: ${(e as Error).message}`
      res.status(400).json({ type: "invalid_data", field, message })
    })
  }
}
