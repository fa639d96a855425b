import type { NextRequest } from "next/server"
import { proxyToBackend } from "@/lib/data/institution-proxy"

/** POST /api/institution/pad/check (multipart "file"): the row-by-row report of an uploaded order file. */
export async function POST(request: NextRequest) {
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return Response.json({ message: "file: expected a multipart upload" }, { status: 400 })
  }
  return proxyToBackend("/store/institution/pad/check", { method: "POST", body: form })
}
