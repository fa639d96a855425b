import { PAD_PROBLEM_LABELS, type Locale, type PadProblem } from "@fupin/shared"
import { localHalf } from "@/lib/data/errors"

/** A row's reason from the server: its sentence (which names the value and limit), else the reason's label. */
export function rowReasonText(row: { reason?: PadProblem | undefined; message?: string | undefined }, locale: Locale): string {
  if (row.message) return localHalf(row.message, locale)
  return row.reason ? PAD_PROBLEM_LABELS[row.reason][locale] : ""
}
