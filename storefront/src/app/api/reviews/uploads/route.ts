import type { NextRequest } from "next/server"
import { proxyMultipart } from "@/lib/data/institution-proxy"
import { isSameOrigin } from "@/lib/util/same-origin"

/**
 * POST /api/reviews/uploads (multipart "files"): a shopper's photos for a review, passed on to
 * /store/reviews/uploads with the login from the cookie; the backend checks they are images.
 */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return Response.json({ message: "cross-site upload refused" }, { status: 403 })
  return proxyMultipart(request, "/store/reviews/uploads", "files")
}
