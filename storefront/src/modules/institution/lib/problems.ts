import { PAD_PROBLEM_LABELS, type Locale, type PadProblem } from "@fupin/shared"
import { getDictionary, interpolate } from "@/lib/i18n"
import type { LineProblem } from "./pad"
import { localHalf } from "@/lib/data/errors"

/** The message under a pad line that cannot be ordered as it stands. */
export function lineProblemText(problem: LineProblem, locale: Locale): string {
  const dict = getDictionary(locale).institution
  switch (problem.kind) {
    case "not-number":
      return dict.qtyNotNumber
    case "below-min":
      return interpolate(dict.qtyBelowMin, { min: String(problem.min) })
    case "pack":
      return interpolate(dict.qtyPackMultiple, { pack: String(problem.pack) })
    case "stock":
      return interpolate(dict.qtyOverStock, { stock: String(problem.stock) })
    case "not-sellable":
      return dict.notSellable
    case "server":
      return localHalf(problem.message, locale)
  }
}

/** A row's reason from the server: its sentence (which names the value and limit), else the reason's label. */
export function rowReasonText(row: { reason?: PadProblem | undefined; message?: string | undefined }, locale: Locale): string {
  if (row.message) return localHalf(row.message, locale)
  return row.reason ? PAD_PROBLEM_LABELS[row.reason][locale] : ""
}
