import { NextResponse, type NextRequest } from "next/server"
import { LOCALE_COOKIE, preferredLocale } from "@/lib/i18n/negotiate"
import { listRewrite } from "@/modules/browse/lib/list-path"

/**
 * - `/` has no page of its own: send the visitor to /zh (default) or /en, following an
 *   earlier choice in the language switcher's cookie, else Accept-Language as a hint.
 * - A list with filters, an order or a page (/zh/products?county=xundian, /zh/categories/meat?page=2)
 *   is served from the cached page of its canonical state: rewritten, the address bar unchanged
 *   (modules/browse/lib/list-path.ts).
 */
export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone()
  if (url.pathname !== "/") {
    const internal = listRewrite(url.pathname, url.searchParams)
    if (!internal) return NextResponse.next()
    url.pathname = internal
    url.search = ""
    return NextResponse.rewrite(url)
  }
  const locale = preferredLocale({
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  })
  url.pathname = `/${locale}`
  const response = NextResponse.redirect(url, 307)
  response.headers.set("Vary", "Accept-Language, Cookie")
  return response
}

export const config = {
  matcher: ["/", "/:locale(zh|en)/products", "/:locale(zh|en)/categories/:handle"],
}
