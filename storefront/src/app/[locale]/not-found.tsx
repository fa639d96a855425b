import { currentLocale } from "@/lib/i18n/current"
import { NotFoundContent } from "@/modules/common/components/not-found-content"
import { ShopChrome } from "@/modules/layout/components/shop-chrome"

/** Localized 404 for unknown products and unknown paths under /zh or /en. */
export default async function LocaleNotFound() {
  const locale = await currentLocale()
  return (
    <ShopChrome locale={locale}>
      <NotFoundContent locale={locale} />
    </ShopChrome>
  )
}
