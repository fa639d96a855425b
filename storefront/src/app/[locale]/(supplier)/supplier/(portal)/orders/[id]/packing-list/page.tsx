import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getPortalMe, getPortalOrder } from "@/lib/data/supplier-portal"
import { decodeSegment } from "@/lib/i18n/paths"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { PackingList } from "@/modules/supplier-portal/templates/packing-list"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getPortalDictionary(locale).packing.title } : {}
}

export default async function PackingListPage({ params }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const [me, answer] = await Promise.all([getPortalMe(), getPortalOrder(decodeSegment(id))])
  if (!me || !answer) notFound()
  return <PackingList locale={locale} order={answer.order} me={me} />
}
