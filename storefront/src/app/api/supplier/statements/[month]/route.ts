import type { NextRequest } from "next/server"
import { proxyToSupplierBackend } from "@/lib/data/supplier-proxy"
import { statementSearch } from "@/lib/util/statement-query"

/** GET /api/supplier/statements/:month?format=pdf|csv|xlsx: the supplier's 结算单 file, with the member's token from its cookie. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ month: string }> }) {
  const { month } = await params
  return proxyToSupplierBackend(`/supplier/statements/${encodeURIComponent(month)}`, statementSearch(request.nextUrl.searchParams))
}
