import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { listInstitutionOrders } from "@/lib/data/institution"
import { getDictionary } from "@/lib/i18n"
import { requireMember } from "@/modules/institution/lib/guard"
import { InstitutionOrders } from "@/modules/institution/templates/orders"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getDictionary(locale).institution.ordersTitle, robots: { index: false } }
}

export default async function InstitutionOrdersPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requireMember(locale, "/institution/orders")
  const { orders } = await listInstitutionOrders()
  return <InstitutionOrders orders={orders} locale={locale} />
}
