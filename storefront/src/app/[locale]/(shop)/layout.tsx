import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { ShopChrome } from "@/modules/layout/components/shop-chrome"
import { ERROR_STRINGS } from "./error.strings"

export default async function ShopLayout({
  children,
  params,
}: {
  children: React.ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return (
    <ShopChrome locale={locale}>
      {/* for error.tsx, which the pages' own <ClientStrings> do not reach */}
      <ClientStrings locale={locale} pick={ERROR_STRINGS}>
        {children}
      </ClientStrings>
    </ShopChrome>
  )
}
