import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { listPortalCertifications, listPortalProducts, portalReadOnly } from "@/lib/data/supplier-portal"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { CertificationView } from "@/modules/supplier-portal/templates/certification"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getPortalDictionary(locale).certification.title } : {}
}

export default async function SupplierCertificationPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [{ certifications }, { products }, readOnly, query] = await Promise.all([listPortalCertifications(), listPortalProducts(), portalReadOnly(), searchParams])
  const done = query.done === "applied" || query.done === "renewal_requested" ? query.done : null
  return <CertificationView locale={locale} certifications={certifications} products={products} readOnly={readOnly} done={done} />
}
