import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { PortalChrome } from "@/modules/supplier-portal/components/portal-chrome"
import { PortalHeaderActions } from "@/modules/supplier-portal/components/portal-header-actions"

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: { default: getPortalDictionary(locale).brand, template: `%s | ${getPortalDictionary(locale).brand}` }, robots: { index: false } }
}

/** The producer portal's frame: its own slim header, never the shop's. */
export default async function SupplierLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return (
    <PortalChrome locale={locale} actions={<PortalHeaderActions locale={locale} />}>
      {children}
    </PortalChrome>
  )
}
