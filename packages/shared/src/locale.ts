/** zh-CN first, English second. URL segments are the short forms. */
export const LOCALES = ["zh", "en"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "zh"

export const HTML_LANG: Record<Locale, string> = { zh: "zh-CN", en: "en" }

/** Kunming's time zone (UTC+8, no daylight saving): every date and time the marketplace shows is read in it. */
export const KUNMING_TIME_ZONE = "Asia/Shanghai"

export function isLocale(value: string | undefined | null): value is Locale {
  return value === "zh" || value === "en"
}
