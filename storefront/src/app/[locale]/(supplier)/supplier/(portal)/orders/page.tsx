import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { listPortalOrders } from "@/lib/data/supplier-portal"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { OrdersView, type OrdersFilter } from "@/modules/supplier-portal/templates/orders"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ status?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getPortalDictionary(locale).orders.title } : {}
}

export default async function SupplierOrdersPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const raw = (await searchParams).status
  const status: OrdersFilter = raw === "to_ship" || raw === "shipped" ? raw : undefined
  const { orders } = await listPortalOrders({ status })
  return <OrdersView locale={locale} orders={orders} status={status} />
}
