import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { listPortalProducts, portalReadOnly } from "@/lib/data/supplier-portal"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { ListingsView } from "@/modules/supplier-portal/templates/listings"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getPortalDictionary(locale).listings.title } : {}
}

export default async function SupplierListingsPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [{ products }, readOnly] = await Promise.all([listPortalProducts(), portalReadOnly()])
  return <ListingsView locale={locale} products={products} readOnly={readOnly} />
}
