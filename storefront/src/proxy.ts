import { NextResponse, type NextRequest } from "next/server"
import { LOCALE_COOKIE, preferredLocale } from "@/lib/i18n/negotiate"

/**
 * `/` has no page of its own: send the visitor to /zh (default) or /en, following an
 * earlier choice in the language switcher's cookie, else Accept-Language as a hint.
 */
export function proxy(request: NextRequest) {
  const locale = preferredLocale({
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  })
  const url = request.nextUrl.clone()
  url.pathname = `/${locale}`
  const response = NextResponse.redirect(url, 307)
  response.headers.set("Vary", "Accept-Language, Cookie")
  return response
}

export const config = {
  matcher: "/",
}
