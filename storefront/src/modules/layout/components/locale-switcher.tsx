"use client"

import { usePathname, useSearchParams, useSelectedLayoutSegments } from "next/navigation"
import { Suspense } from "react"
import { HTML_LANG, LOCALES, type Locale } from "@fupin/shared"
import { LOCALE_COOKIE } from "@/lib/i18n/negotiate"
import { switchLocalePath } from "@/lib/i18n/paths"
import { publicListPath } from "@/modules/browse/lib/list-path"

const LABELS: Record<Locale, { short: string; full: string }> = {
  zh: { short: "中文", full: "简体中文" },
  en: { short: "EN", full: "English" },
}

function rememberLocale(locale: Locale) {
  // One year; read by proxy.ts when the visitor comes back to "/".
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`
}

/**
 * The page the links are for, as the shopper sees it. A filtered list is a cached page under its
 * internal path (/zh/products/list/county%3Dxundian…, see proxy.ts) while the browser shows the URL
 * the shopper typed; the route's segments name the internal one, and with it the list's filters,
 * even in the HTML of the cached page, where the query string is not known (without JavaScript
 * that HTML is all there is). Any other page is the URL's path and query.
 */
function useShownPage(current: Locale, urlSearch: string): { pathname: string; search: string } {
  const url = usePathname() ?? `/${current}`
  const rendered = `/${current}/${useSelectedLayoutSegments().filter((s) => !s.startsWith("(")).join("/")}`
  const list = publicListPath(rendered)
  return list.pathname !== rendered ? list : { pathname: url, search: urlSearch }
}

function Links({ current, search: urlSearch }: { current: Locale; search: string }) {
  const { pathname, search } = useShownPage(current, urlSearch)
  return (
    <ul className="flex items-center rounded-full border border-earth-200 bg-white p-0.5 text-sm">
      {LOCALES.map((locale) => {
        const active = locale === current
        return (
          <li key={locale}>
            {/* a plain link, not next/link: it works from the first paint, before (and while)
                the static page hydrates, and a language change loads the page afresh anyway */}
            <a
              href={switchLocalePath(pathname, locale, search)}
              hrefLang={HTML_LANG[locale]}
              lang={HTML_LANG[locale]}
              aria-current={active ? "true" : undefined}
              title={LABELS[locale].full}
              onClick={() => rememberLocale(locale)}
              className={
                "block min-w-11 rounded-full px-3 py-1.5 text-center font-medium transition-colors " +
                (active ? "bg-brand-600 text-white" : "text-earth-700 hover:bg-brand-50 hover:text-brand-700")
              }
            >
              <span aria-hidden="true">{LABELS[locale].short}</span>
              <span className="sr-only">{LABELS[locale].full}</span>
            </a>
          </li>
        )
      })}
    </ul>
  )
}

function LinksWithSearch({ current }: { current: Locale }) {
  const search = useSearchParams()?.toString() ?? ""
  return <Links current={current} search={search} />
}

/** Links to the same page in each language; keeps the path and (once hydrated) the query string. */
export function LocaleSwitcher({ current, label }: { current: Locale; label: string }) {
  return (
    <nav aria-label={label}>
      <Suspense fallback={<Links current={current} search="" />}>
        <LinksWithSearch current={current} />
      </Suspense>
    </nav>
  )
}
