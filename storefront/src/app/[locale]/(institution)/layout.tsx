import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { ShopChrome } from "@/modules/layout/components/shop-chrome"

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
  return <ShopChrome locale={locale} tabBar={false}>{children}</ShopChrome>
}
