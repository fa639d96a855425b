import "server-only"

import { getConfig } from "@/lib/config"
import { shopperAddressHeaders } from "./client-address"
import { authHeaders } from "./cookies"

/**
 * Passes a browser request of the order pad (search as you type, file upload with
 * progress, template download) to /store/institution/* with the shopper's login from the
 * httpOnly cookie and the publishable key, and hands back the backend's answer as it is:
 * status, body and file headers. The browser never sees the token or the key.
 */
export async function proxyToBackend(path: string, init: { method?: "GET" | "POST"; body?: BodyInit; search?: string } = {}): Promise<Response> {
  const { backendUrl, publishableKey } = getConfig()
  const url = `${backendUrl}${path}${init.search ?? ""}`
  let answer: Response
  try {
    answer = await fetch(url, {
      method: init.method ?? "GET",
      headers: { ...(await authHeaders()), ...(await shopperAddressHeaders()), "x-publishable-api-key": publishableKey },
      ...(init.body ? { body: init.body } : {}),
      cache: "no-store",
    })
  } catch (error) {
    console.error(`[storefront] ${path} unreachable:`, error instanceof Error ? error.message : error)
    return Response.json({ message: "service unavailable" }, { status: 502 })
  }
  const headers = new Headers({ "cache-control": "no-store" })
  for (const name of ["content-type", "content-disposition", "retry-after"]) {
    const value = answer.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new Response(answer.body, { status: answer.status, headers })
}

/**
 * A browser's multipart upload (a photo, an order file) passed on to `path` with the
 * shopper's login, as proxyToBackend does; a body that is not multipart is 400 naming
 * `field`. A route rather than a server action, whose bodies are capped at 1 MB.
 */
export async function proxyMultipart(request: Request, path: string, field: string): Promise<Response> {
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return Response.json({ message: `${field}: expected a multipart upload` }, { status: 400 })
  }
  return proxyToBackend(path, { method: "POST", body: form })
}
