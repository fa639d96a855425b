import { formatCny, HTML_LANG, type Locale } from "@fupin/shared"

export function formatPrice(amount: number, locale: Locale): string {
  return formatCny(amount, HTML_LANG[locale])
}
