import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { ShopChrome } from "@/modules/layout/components/shop-chrome"
import { ERROR_STRINGS } from "../(shop)/error.strings"

/** The institution portal keeps the shop's header and footer (search, language, account). */
export default async function InstitutionLayout({
  children,
  params,
}: {
  children: React.ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return (
    <ShopChrome locale={locale} tabBar={false}>
      {/* for institution/error.tsx (the shop's error page) */}
      <ClientStrings locale={locale} pick={ERROR_STRINGS}>
        {children}
      </ClientStrings>
    </ShopChrome>
  )
}
