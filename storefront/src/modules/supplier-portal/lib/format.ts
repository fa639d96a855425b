import { HTML_LANG, type Locale, KUNMING_TIME_ZONE } from "@fupin/shared"

/** A date as a producer reads it: 2026年12月1日 / 1 Dec 2026, in Kunming's time zone. */
export function formatDay(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return "—"
  return new Intl.DateTimeFormat(HTML_LANG[locale], { dateStyle: "medium", timeZone: KUNMING_TIME_ZONE }).format(new Date(iso))
}

export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return "—"
  return new Intl.DateTimeFormat(HTML_LANG[locale], { dateStyle: "medium", timeStyle: "short", timeZone: KUNMING_TIME_ZONE }).format(new Date(iso))
}
