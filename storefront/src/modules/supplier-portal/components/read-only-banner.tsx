import type { Locale } from "@fupin/shared"
import { interpolate } from "@/lib/i18n"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"

/** A suspended supplier sees everything, changes nothing, and is told why. */
export function ReadOnlyBanner({ locale, reason }: { locale: Locale; reason: string | null }) {
  const dict = getPortalDictionary(locale).common
  return (
    <p role="status" data-testid="read-only" className="mx-auto mt-3 max-w-4xl rounded-xl bg-gold-300/40 px-4 py-3 text-base font-medium text-earth-900 ring-1 ring-gold-500 print:hidden">
      {reason ? interpolate(dict.readOnly, { reason }) : dict.readOnlyNoReason}
    </p>
  )
}
