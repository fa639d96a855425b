import Link from "next/link"
import type { ReactNode } from "react"
import type { Locale } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { BrandMark } from "@/modules/layout/components/brand-mark"
import { LocaleSwitcher } from "@/modules/layout/components/locale-switcher"

/**
 * The producer portal's own frame (not the shop's header): a slim bar with the portal's
 * name, the language switch and, once logged in, the member's actions. Hidden when printing.
 */
export function PortalChrome({ locale, actions, children }: { locale: Locale; actions?: ReactNode; children: ReactNode }) {
  const dict = getPortalDictionary(locale)
  const shop = getDictionary(locale)
  return (
    <>
      <a
        href="#main-content"
        className="sr-only z-50 rounded-md bg-white px-4 py-2 font-medium text-brand-700 shadow focus:not-sr-only focus:fixed focus:left-3 focus:top-3 print:hidden"
      >
        {shop.nav.skipToContent}
      </a>
      <header className="sticky top-0 z-20 border-b border-earth-100 bg-white print:hidden">
        <div className="h-1 bg-linear-to-r from-brand-700 via-brand-500 to-gold-500" aria-hidden="true" />
        <div className="mx-auto flex max-w-4xl items-center justify-between gap-3 px-4 py-2">
          <Link href={localizedHref(locale, "/supplier")} className="flex min-w-0 items-center gap-2">
            <BrandMark className="h-9 w-9 shrink-0" />
            <span className="flex min-w-0 flex-col leading-tight">
              <span className="truncate text-base font-bold text-brand-700">{dict.brand}</span>
              <span className="truncate text-xs text-earth-600">{dict.brandSub}</span>
            </span>
          </Link>
          <div className="flex shrink-0 items-center gap-2">
            <LocaleSwitcher current={locale} label={shop.nav.languageSwitch} />
            {actions}
          </div>
        </div>
      </header>
      <main id="main-content" tabIndex={-1} className="flex-1 pb-24 focus:outline-none print:pb-0 md:pb-8">
        {children}
      </main>
    </>
  )
}
