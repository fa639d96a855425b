import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getPortalMe, getPortalOrder, listCountyStations } from "@/lib/data/supplier-portal"
import { decodeSegment } from "@/lib/i18n/paths"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { OrderDetailView } from "@/modules/supplier-portal/templates/orders"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getPortalDictionary(locale).orders.title } : {}
}

/** An order holding the supplier's lines; an order without any (or of nobody) is a 404. */
export default async function SupplierOrderPage({ params }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const [me, answer] = await Promise.all([getPortalMe(), getPortalOrder(decodeSegment(id))])
  if (!me || !answer) notFound()
  const stations = await listCountyStations(me.supplier.county_handle)
  return <OrderDetailView locale={locale} order={answer.order} stations={stations} readOnly={me.supplier.mode === "read_only"} />
}
