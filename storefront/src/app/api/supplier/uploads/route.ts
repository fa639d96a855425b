import { NextResponse, type NextRequest } from "next/server"
import { getConfig } from "@/lib/config"
import { getRegistrationToken, getSupplierToken } from "@/lib/data/supplier-session"
import { isSameOrigin } from "@/lib/util/same-origin"

/**
 * The producer portal's file uploads (images, PDFs), passed on to the backend's
 * `POST /supplier/uploads` with the member's token from its httpOnly cookie; the
 * backend sniffs the content, limits the size and names the file itself. A route
 * rather than a server action: server actions cap request bodies at 1 MB, and a
 * phone photo is larger. A registration token (applying to join) is sent the same way.
 */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return NextResponse.json({ message: "cross-site upload refused" }, { status: 403 })
  const token = (await getSupplierToken()) ?? (await getRegistrationToken())
  if (!token) return NextResponse.json({ message: "not logged in" }, { status: 401 })
  const { backendUrl } = getConfig()
  let upstream: Response
  try {
    upstream = await fetch(`${backendUrl}/supplier/uploads`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": request.headers.get("content-type") ?? "" },
      body: request.body,
      // @ts-expect-error Node's fetch needs duplex for a streamed body; the DOM types do not know it
      duplex: "half",
      cache: "no-store",
    })
  } catch {
    return NextResponse.json({ message: "upload service unavailable" }, { status: 503 })
  }
  const body = await upstream.text()
  return new NextResponse(body, { status: upstream.status, headers: { "content-type": upstream.headers.get("content-type") ?? "application/json" } })
}
