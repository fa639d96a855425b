import Link from "next/link"
import type { Locale } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { BrandMark } from "./brand-mark"
import { HeaderActions } from "./header-actions"
import { LocaleSwitcher } from "./locale-switcher"
import { SearchBox } from "@/modules/search/components/search-box"

export function SiteHeader({ locale }: { locale: Locale }) {
  const dict = getDictionary(locale)
  return (
    <header className="sticky top-0 z-20 border-b border-earth-100 bg-white/95 backdrop-blur supports-[backdrop-filter]:bg-white/85">
      <div className="h-1 bg-linear-to-r from-brand-700 via-brand-500 to-gold-500" aria-hidden="true" />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-2.5 sm:px-6">
        <Link
          href={localizedHref(locale)}
          className="flex min-w-0 flex-1 basis-24 items-center gap-2.5 lg:flex-none lg:basis-auto"
          aria-label={dict.brand.homeLink}
        >
          <BrandMark className="h-9 w-9 shrink-0 sm:h-10 sm:w-10" />
          <span className="flex min-w-0 flex-col leading-tight">
            <span className="line-clamp-2 text-[15px] font-bold tracking-wide text-brand-700 sm:text-lg">
              {dict.brand.name}
            </span>
            <span className="hidden truncate text-xs text-earth-600 sm:block" lang={locale === "zh" ? "en" : "zh-CN"}>
              {dict.brand.tagline}
            </span>
          </span>
        </Link>
        {/* a row of its own on phones and tablets, between the brand and the links on wide screens */}
        <div className="order-last w-full xl:order-none xl:w-auto xl:max-w-md xl:flex-1">
          <SearchBox locale={locale} labels={dict.search} />
        </div>
        <div className="flex shrink-0 items-center gap-2 sm:gap-4">
          <nav aria-label={dict.nav.primary} className="hidden md:block">
            <ul className="flex items-center gap-5 text-sm font-medium text-earth-700">
              <li>
                <Link href={localizedHref(locale)} className="hover:text-brand-600">
                  {dict.nav.home}
                </Link>
              </li>
              <li>
                <Link href={localizedHref(locale, "/categories")} className="hover:text-brand-600">
                  {dict.nav.categories}
                </Link>
              </li>
              <li>
                <Link href={localizedHref(locale, "/products")} className="hover:text-brand-600">
                  {dict.nav.allProducts}
                </Link>
              </li>
            </ul>
          </nav>
          <LocaleSwitcher current={locale} label={dict.nav.languageSwitch} />
          <HeaderActions locale={locale} accountLabel={dict.shop.account} cartLabel={dict.shop.cartLabel} />
        </div>
      </div>
    </header>
  )
}
