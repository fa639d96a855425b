import { randomBytes } from "node:crypto"
import { SUPPLIER_UPLOAD_MIME_TYPES, type SupplierUploadMimeType } from "@fupin/shared"

/**
 * What an uploaded file really is, read from its first bytes (never from its
 * name or the Content-Type the client sent): JPEG, PNG, WebP or PDF, or null.
 */
export function sniffMimeType(bytes: Uint8Array): SupplierUploadMimeType | null {
  const starts = (sig: number[], at = 0) => bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b)
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg"
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png"
  // RIFF....WEBP
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "image/webp"
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf"
  return null
}

const EXTENSIONS: Record<SupplierUploadMimeType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "application/pdf": "pdf",
}

export type AcceptedUpload = { filename: string; mimeType: SupplierUploadMimeType; content: Buffer }
export type RefusedUpload = { field: string; message: string }

/**
 * Decides whether one uploaded file may be stored: only images (JPEG, PNG,
 * WebP) and PDFs by content, within `maxBytes`, never empty. The name it is
 * stored under is random with the extension of what it really is, so a
 * client's file name (paths, `.exe`, scripts) never reaches the store.
 */
export function acceptUpload(
  file: { buffer: Buffer; size?: number; originalname?: string },
  { maxBytes, field = "files" }: { maxBytes: number; field?: string }
): AcceptedUpload | RefusedUpload {
  const size = file.size ?? file.buffer.length
  const name = (file.originalname ?? "").slice(0, 80)
  if (size === 0) return { field, message: `${field}: 「${name}」是空文件 / the file is empty` }
  if (size > maxBytes) {
    const mb = (maxBytes / 1024 / 1024).toFixed(1)
    return { field, message: `${field}: 「${name}」超过 ${mb} MB / the file is larger than ${mb} MB` }
  }
  const mimeType = sniffMimeType(file.buffer)
  if (!mimeType) {
    return { field, message: `${field}: 「${name}」不是 JPEG、PNG、WebP 图片或 PDF 文件 / only JPEG, PNG or WebP images and PDF files are accepted` }
  }
  return { filename: `${randomBytes(16).toString("hex")}.${EXTENSIONS[mimeType]}`, mimeType, content: file.buffer }
}

export const isRefused = (r: AcceptedUpload | RefusedUpload): r is RefusedUpload => "message" in r

export const UPLOAD_MIME_TYPES = SUPPLIER_UPLOAD_MIME_TYPES
