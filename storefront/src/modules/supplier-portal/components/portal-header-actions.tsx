import type { Locale } from "@fupin/shared"
import { portalLogOut } from "@/lib/actions/supplier-portal"
import { getSupplierToken } from "@/lib/data/supplier-session"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"

/** The log-out button, once a member is logged in. */
export async function PortalHeaderActions({ locale }: { locale: Locale }) {
  if (!(await getSupplierToken())) return null
  return (
    <form action={portalLogOut}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="min-h-10 rounded-full px-3 text-sm font-semibold text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50">
        {getPortalDictionary(locale).nav.logout}
      </button>
    </form>
  )
}
