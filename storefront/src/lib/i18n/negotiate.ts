import { DEFAULT_LOCALE, isLocale, type Locale } from "@fupin/shared"

/** Cookie the language switcher sets so that `/` remembers the visitor's choice. */
export const LOCALE_COOKIE = "NEXT_LOCALE"

/**
 * Picks the locale for a visitor arriving without one in the URL: an explicit earlier
 * choice (cookie) wins, then the browser's Accept-Language (by q-value), then Chinese.
 */
export function preferredLocale(input: { cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(input.cookie)) return input.cookie
  const fromHeader = localeFromAcceptLanguage(input.acceptLanguage ?? "")
  return fromHeader ?? DEFAULT_LOCALE
}

/** The best supported locale in an Accept-Language header, or null if none is acceptable. */
export function localeFromAcceptLanguage(header: string): Locale | null {
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";")
      let q = 1
      for (const param of params) {
        const [key, value] = param.trim().split("=")
        if (key === "q" && value !== undefined) {
          const parsed = Number(value)
          q = Number.isFinite(parsed) ? parsed : 0
        }
      }
      return { primary: tag.trim().toLowerCase().split("-")[0] ?? "", q, index }
    })
    .filter((r) => r.primary !== "" && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)

  for (const range of ranges) {
    if (isLocale(range.primary)) return range.primary
  }
  return null
}
