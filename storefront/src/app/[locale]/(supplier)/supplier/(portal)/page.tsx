import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getPortalMe, getToday } from "@/lib/data/supplier-portal"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { TodayView } from "@/modules/supplier-portal/templates/today"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getPortalDictionary(locale).today.title } : {}
}

export default async function SupplierTodayPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [me, today] = await Promise.all([getPortalMe(), getToday()])
  if (!me) notFound()
  return <TodayView locale={locale} me={me} today={today} />
}
