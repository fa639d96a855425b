import type { NextRequest } from "next/server"
import { proxyToBackend } from "@/lib/data/institution-proxy"
import { statementSearch } from "@/lib/util/statement-query"

/** GET /api/institution/statements/:month?format=pdf|csv|xlsx: the institution's 对账单 file, with the member's login from the cookie. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ month: string }> }) {
  const { month } = await params
  return proxyToBackend(`/store/institution/statements/${encodeURIComponent(month)}`, { search: statementSearch(request.nextUrl.searchParams) })
}
