import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { SupplierUploadedFile } from "@fupin/shared"
import { acceptUpload, type AcceptedUpload, isRefused } from "./accept-upload"

type Incoming = { buffer: Buffer; size?: number; originalname?: string }

/**
 * Checks every file (acceptUpload) and, only when all pass, stores them through
 * Medusa's file module (`uploadFilesWorkflow`: the local provider for
 * `npm start`, an S3-compatible store in production). Throws 400 naming the
 * first refused file. The admin can reuse this for its own uploads.
 */
export async function storeUploads(
  container: MedusaContainer,
  files: Incoming[],
  { maxBytes, field = "files", imagesOnly = false }: { maxBytes: number; field?: string; imagesOnly?: boolean }
): Promise<SupplierUploadedFile[]> {
  if (!files.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: 没有收到文件 / no file was uploaded (multipart field "${field}")`)
  const accepted = files.map((f) => acceptUpload(f, { maxBytes, field }))
  const refused = accepted.find(isRefused)
  if (refused) throw new MedusaError(MedusaError.Types.INVALID_DATA, refused.message)
  if (imagesOnly && accepted.some((a) => !isRefused(a) && a.mimeType === "application/pdf")) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: 只能上传 JPEG、PNG 或 WebP 图片 / only JPEG, PNG or WebP photos are accepted here`)
  }
  const ok = accepted.filter((a): a is AcceptedUpload => !isRefused(a))
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: ok.map((a) => ({ filename: a.filename, mimeType: a.mimeType, content: a.content.toString("base64"), access: "public" as const })),
    },
  })
  return result.map((r, i) => ({ id: r.id, url: r.url, mime_type: ok[i]!.mimeType, size: ok[i]!.content.length }))
}

/** The URL of each stored file id; 400 naming the field for an unknown id. */
export async function fileUrls(container: MedusaContainer, ids: string[], field: string, uploadRoute = "POST /supplier/uploads"): Promise<Map<string, string>> {
  const files = container.resolve(Modules.FILE)
  const urls = new Map<string, string>()
  for (const id of [...new Set(ids)]) {
    try {
      const file = await files.retrieveFile(id)
      if (!file?.url) throw new Error("no url")
      urls.set(id, file.url)
    } catch {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: 文件 ${id} 不存在 / unknown file id (upload it with ${uploadRoute} first)`)
    }
  }
  return urls
}
