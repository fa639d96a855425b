import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { listPortalOrders } from "@/lib/data/supplier-portal"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { OrdersView } from "@/modules/supplier-portal/templates/orders"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getPortalDictionary(locale).orders.title } : {}
}

export default async function SupplierOrdersPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { orders } = await listPortalOrders()
  return <OrdersView locale={locale} orders={orders} />
}
