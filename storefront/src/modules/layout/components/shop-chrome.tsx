import type { ReactNode } from "react"
import type { Locale } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import { SiteFooter } from "./site-footer"
import { SiteHeader } from "./site-header"
import { ShopTabBar } from "./shop-tab-bar"
import { ShopperSync } from "./shopper-sync"

/** Skip link, header, main landmark, footer and (on a phone) tab bar around every shop page (and the localized 404); the institution portal keeps the header and footer without the tab bar (its own nav is the portal's). Nothing here reads cookies, so catalogue pages stay static: the visitor's cart count and login arrive from GET /api/shopper (ShopperSync). */
export function ShopChrome({ locale, tabBar = true, children }: { locale: Locale; tabBar?: boolean; children: ReactNode }) {
  const dict = getDictionary(locale)
  return (
    <>
      <a
        href="#main-content"
        className="sr-only z-50 rounded-md bg-white px-4 py-2 font-medium text-brand-700 shadow focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
      >
        {dict.nav.skipToContent}
      </a>
      <SiteHeader locale={locale} />
      <main id="main-content" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter locale={locale} />
      {tabBar ? <ShopTabBar locale={locale} labels={dict.tabs} /> : null}
      <ShopperSync />
    </>
  )
}
