import type { NextRequest } from "next/server"
import { proxyMultipart } from "@/lib/data/institution-proxy"
import { isSameOrigin } from "@/lib/util/same-origin"

/**
 * POST /api/institution/uploads (multipart "files"): a photo for a receipt (验收),
 * passed on to the backend with the member's login from the cookie; the backend
 * sniffs the content, limits the size and names the file. A route rather than a
 * server action, whose bodies are capped at 1 MB: a phone photo is larger.
 */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return Response.json({ message: "cross-site upload refused" }, { status: 403 })
  return proxyMultipart(request, "/store/institution/uploads", "files")
}
