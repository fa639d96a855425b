import type { MiddlewareRoute } from "@medusajs/framework/http"
import { checkUploadedFiles } from "../../lib/files"

/**
 * Uploads through Medusa's own POST /admin/uploads (product media in the dashboard,
 * certificate evidence): Medusa's multer reads the files first, then these checks
 * (lib/files: JPEG/PNG/WebP/PDF by content, size limit, random names) run before its route.
 */
export const fileMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/uploads", middlewares: [checkUploadedFiles] },
]
