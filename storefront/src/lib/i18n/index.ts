import { HTML_LANG, isLocale, type Locale } from "@fupin/shared"
import { en } from "./en"
import { zh, type Dictionary } from "./zh"

export type { Dictionary }

const dictionaries: Record<Locale, Dictionary> = { zh, en }

/** UI strings for a locale. Plain objects, so this works in server and client components. */
export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale]
}

/** Replaces `{name}` placeholders in a dictionary string. Unknown placeholders are left as they are. */
export function interpolate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match)
}

/** Picks the plural form for a count ("1 size" / "2 sizes"; Chinese has one form) and fills {count}. */
export function plural(forms: { one: string; other: string }, count: number, locale: Locale): string {
  const rule = new Intl.PluralRules(HTML_LANG[locale]).select(count)
  return interpolate(rule === "one" ? forms.one : forms.other, { count: String(count) })
}

/** The page's language a form sent (its hidden `locale` field); Chinese when missing or unknown. */
export function formLocale(formData: FormData): Locale {
  const raw = String(formData.get("locale") ?? "")
  return isLocale(raw) ? raw : "zh"
}
