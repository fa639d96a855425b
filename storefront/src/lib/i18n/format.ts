/**
 * Formatting helpers for dictionary strings, without the dictionaries: safe to import from client
 * components (which get their strings through next-intl, see client-strings.tsx).
 */
import { HTML_LANG, isLocale, type Locale } from "@fupin/shared"

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
