import { DEFAULT_LOCALE, isLocale, type Locale } from "@fupin/shared"
import { locale as localeParam } from "next/root-params"

/**
 * The locale of the current request, for server components that get no params
 * (not-found.tsx). Falls back to the default for a segment that is not a locale.
 */
export async function currentLocale(): Promise<Locale> {
  const value: unknown = await localeParam()
  return typeof value === "string" && isLocale(value) ? value : DEFAULT_LOCALE
}
