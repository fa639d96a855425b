import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { listPortalCertifications, listPortalProducts, portalReadOnly } from "@/lib/data/supplier-portal"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { CertificationView } from "@/modules/supplier-portal/templates/certification"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getPortalDictionary(locale).certification.title } : {}
}

export default async function SupplierCertificationPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [{ certifications }, { products }, readOnly] = await Promise.all([listPortalCertifications(), listPortalProducts(), portalReadOnly()])
  return <CertificationView locale={locale} certifications={certifications} products={products} readOnly={readOnly} />
}
