import "server-only"

import { NextResponse } from "next/server"
import { getConfig } from "@/lib/config"
import { getSupplierToken } from "./supplier-session"

/**
 * Passes a browser request of the producer portal (a PDF, a statement table) to
 * `/supplier/*` with the member's token from its httpOnly cookie and hands back
 * the backend's answer as it is: status, body and file headers; never cached.
 */
export async function proxyToSupplierBackend(path: string, search = ""): Promise<Response> {
  const token = await getSupplierToken()
  if (!token) return NextResponse.json({ message: "not logged in" }, { status: 401 })
  let upstream: Response
  try {
    upstream = await fetch(`${getConfig().backendUrl}${path}${search}`, { headers: { authorization: `Bearer ${token}` }, cache: "no-store" })
  } catch {
    return NextResponse.json({ message: "service unavailable" }, { status: 502 })
  }
  const headers = new Headers({ "cache-control": "no-store" })
  for (const name of ["content-type", "content-disposition"]) {
    const value = upstream.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new Response(upstream.body, { status: upstream.status, headers })
}
