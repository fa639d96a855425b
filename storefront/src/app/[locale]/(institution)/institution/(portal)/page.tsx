import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getDashboard } from "@/lib/data/institution"
import { getDictionary } from "@/lib/i18n"
import { requireMember } from "@/modules/institution/lib/guard"
import { Dashboard } from "@/modules/institution/templates/dashboard"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getDictionary(locale).institution.portal, robots: { index: false } }
}

export default async function InstitutionDashboardPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requireMember(locale, "/institution")
  return <Dashboard data={await getDashboard()} locale={locale} />
}
