import type { Locale } from "@fupin/shared"
import { getDictionary, interpolate } from "@/lib/i18n"
import { formatPrice } from "./price"
import type { PriceRange } from "./product"

// Apart from price.ts, which client components use: this one reads the dictionary, which stays on the server.
/**
 * The card price: "¥38.00 起" / "from ¥38.00" when variants differ in price,
 * just "¥38.00" when they all cost the same, null when there is no price.
 */
export function formatLowestPrice(range: PriceRange | null, locale: Locale): string | null {
  if (!range) return null
  const price = formatPrice(range.min, locale)
  if (range.min === range.max) return price
  return interpolate(getDictionary(locale).price.from, { price })
}
