import type { Locale } from "@fupin/shared"
import { en } from "./en"
import { zh, type Dictionary } from "./zh"

export type { Dictionary }

const dictionaries: Record<Locale, Dictionary> = { zh, en }

/** UI strings for a locale, for server components; client components use next-intl's useTranslations (client-strings.tsx). */
export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale]
}

export { formLocale, interpolate, plural } from "./format"
