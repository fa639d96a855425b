import { HTML_LANG, isLocale, LOCALES, type Locale } from "@fupin/shared"

/** The locale at the start of a pathname (`/en/products/x` → "en"), or null. */
export function localeFromPathname(pathname: string): Locale | null {
  const first = pathname.split("/")[1]
  return isLocale(first) ? first : null
}

/**
 * The URL of the same page in another language: `/zh/products/x?q=1` → `/en/products/x?q=1`.
 * A path without a locale prefix gets one (`/` → `/en`).
 */
export function switchLocalePath(pathname: string, target: Locale, search = ""): string {
  const path = pathname.startsWith("/") ? pathname : `/${pathname}`
  const segments = path.split("/")
  if (isLocale(segments[1])) {
    segments[1] = target
  } else {
    segments.splice(1, 0, target)
  }
  let result = segments.join("/")
  // `/zh/` → `/en`, never a trailing slash (Next redirects those anyway).
  if (result.length > 1 && result.endsWith("/")) result = result.slice(0, -1)
  const query = search.startsWith("?") ? search.slice(1) : search
  return query ? `${result}?${query}` : result
}

/** Prefixes an app path with the locale: ("en", "/products/x") → "/en/products/x"; ("zh", "/") → "/zh". */
export function localizedHref(locale: Locale, path = "/"): string {
  const clean = path.startsWith("/") ? path : `/${path}`
  return clean === "/" ? `/${locale}` : `/${locale}${clean}`
}

export function productHref(locale: Locale, handle: string): string {
  return localizedHref(locale, `/products/${encodeURIComponent(handle)}`)
}

export function categoryHref(locale: Locale, handle: string): string {
  return localizedHref(locale, `/categories/${encodeURIComponent(handle)}`)
}

/** The 分类 page with a group chosen (the group's tab is picked from the fragment, so the page stays one cacheable URL). */
export function categoriesHref(locale: Locale, group?: string): string {
  return `${localizedHref(locale, "/categories")}${group ? `#${encodeURIComponent(group)}` : ""}`
}

/** Decodes a URL segment if it is still percent-encoded; returns it unchanged if it is not valid encoding. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** hreflang alternates for a page that exists in every locale: { "zh-CN": "/zh/…", en: "/en/…" }. */
export function languageAlternates(path = "/"): Record<string, string> {
  return Object.fromEntries(LOCALES.map((locale) => [HTML_LANG[locale], localizedHref(locale, path)]))
}
