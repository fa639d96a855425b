import { randomUUID } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { FILE_UPLOAD_MAX_BYTES_DEFAULT } from "@fupin/shared"
import { ACCEPTED_FILE_KINDS, type AcceptedFileKind, sniffFileKind } from "./sniff"

/** One uploaded file as multer hands it over (memory storage). */
export interface IncomingFile {
  originalname: string
  mimetype: string
  size: number
  buffer: Buffer
}

/** A file that passed the checks: what it really is and the random name it is stored under. */
export interface CheckedFile {
  kind: AcceptedFileKind
  mimeType: string
  /** random, with the extension of what the content is; never derived from the client's name */
  filename: string
  /** the client's name, kept as metadata only (cleaned of paths and control characters) */
  originalName: string
  size: number
}

export const DEFAULT_UPLOAD_MAX_BYTES = FILE_UPLOAD_MAX_BYTES_DEFAULT

export const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/** multer (busboy) reads multipart file names as Latin-1: 合格证.png arrives as its UTF-8 bytes, one char each. */
function utf8Name(name: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/^[\u0000-\u00ff]*$/.test(name)) return name
  const decoded = Buffer.from(name, "latin1").toString("utf8")
  return decoded.includes("\ufffd") ? name : decoded
}

/** The client's name, for display only: no directories, no control characters, at most 200 characters. */
export function displayName(name: string): string {
  const base = utf8Name(name).split(/[\\/]/).pop() ?? ""
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200) || "file"
}

/**
 * Accepts a file only when its content is a JPEG, PNG, WebP or PDF (by its
 * bytes, whatever it is called) and it is not empty nor over `maxBytes`.
 * Throws a 400 naming the field `files` and the file, in Chinese and English.
 */
export function checkUpload(file: IncomingFile, { maxBytes = DEFAULT_UPLOAD_MAX_BYTES, field = "files" } = {}): CheckedFile {
  const originalName = displayName(file.originalname)
  const size = file.buffer?.length ?? file.size
  if (!size) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: 「${originalName}」是空文件 (the file is empty)`)
  }
  if (size > maxBytes) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field}: 「${originalName}」有 ${megabytes(size)}，超过上限 ${megabytes(maxBytes)} (the file is larger than ${megabytes(maxBytes)})`
    )
  }
  const kind = sniffFileKind(file.buffer)
  if (!kind) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field}: 「${originalName}」不是 JPEG、PNG、WebP 图片或 PDF 文件 (only JPEG, PNG and WebP images and PDF documents are accepted, by their content)`
    )
  }
  const { mime, ext } = ACCEPTED_FILE_KINDS[kind]
  return { kind, mimeType: mime, filename: `${randomUUID()}.${ext}`, originalName, size }
}
