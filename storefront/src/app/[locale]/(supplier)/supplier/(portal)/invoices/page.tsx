import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { listPortalInvoiceRequests } from "@/lib/data/supplier-portal"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { InvoicesView } from "@/modules/supplier-portal/templates/invoices"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getPortalDictionary(locale).invoices.title } : {}
}

/** /supplier/invoices: institutions' invoice requests to this supplier, and the invoices it recorded. */
export default async function SupplierInvoicesPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <InvoicesView requests={await listPortalInvoiceRequests()} locale={locale} />
}
