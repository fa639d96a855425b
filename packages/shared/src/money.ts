/**
 * Money in the marketplace is CNY. Medusa v2 stores amounts in major units
 * (38.5 means ¥38.50), so formatting never divides by 100.
 */
export const CURRENCY_CODE = "cny" as const

const formatters = new Map<string, Intl.NumberFormat>()

function formatter(locale: string): Intl.NumberFormat {
  let f = formatters.get(locale)
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: "CNY",
      currencyDisplay: "narrowSymbol",
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    })
    formatters.set(locale, f)
  }
  return f
}

/** Formats a CNY amount in major units as "¥38.50", whatever the display language. */
export function formatCny(amount: number, locale: string = "zh-CN"): string {
  if (!Number.isFinite(amount)) {
    throw new RangeError(`formatCny: amount must be a finite number, got ${amount}`)
  }
  return formatter(locale).format(amount)
}

/** Formats a large CNY amount the way Chinese reports do: ¥3,933万 / ¥8.89亿. */
export function formatCnyLarge(amount: number, locale: string = "zh-CN"): string {
  if (locale.startsWith("zh")) {
    if (Math.abs(amount) >= 1e8) return `¥${trim(amount / 1e8)}亿`
    if (Math.abs(amount) >= 1e4) return `¥${trim(amount / 1e4)}万`
    return formatCny(amount, locale)
  }
  if (Math.abs(amount) >= 1e6) return `¥${trim(amount / 1e6)}M`
  return formatCny(amount, locale)
}

function trim(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 2 })
}
