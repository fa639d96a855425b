/**
 * What an uploaded file really is, read from its first bytes (magic numbers),
 * never from its name or the Content-Type the client sent: a renamed .exe is
 * still an executable. Only the kinds the marketplace shows or keeps as
 * evidence are known here: JPEG, PNG and WebP pictures, and PDF documents.
 */
export const ACCEPTED_FILE_KINDS = {
  jpeg: { mime: "image/jpeg", ext: "jpg" },
  png: { mime: "image/png", ext: "png" },
  webp: { mime: "image/webp", ext: "webp" },
  pdf: { mime: "application/pdf", ext: "pdf" },
} as const

export type AcceptedFileKind = keyof typeof ACCEPTED_FILE_KINDS

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b)

/** The kind of file these bytes start with, or null when it is none we accept. */
export function sniffFileKind(bytes: Uint8Array): AcceptedFileKind | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg"
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png"
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return "webp"
  // %PDF-
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"
  return null
}
