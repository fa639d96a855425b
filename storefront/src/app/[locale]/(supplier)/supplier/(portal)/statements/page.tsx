import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale, STATEMENT_MONTH_PATTERN, statementMonthOf } from "@fupin/shared"
import { getPortalStatement } from "@/lib/data/supplier-portal"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { SupplierStatement } from "@/modules/supplier-portal/templates/statement"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ month?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getPortalDictionary(locale).statement.title } : {}
}

/** /supplier/statements?month=2026-12: the month's 结算单 (this month unless told). */
export default async function SupplierStatementsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const raw = (await searchParams).month
  const month = typeof raw === "string" && STATEMENT_MONTH_PATTERN.test(raw) ? raw : statementMonthOf(new Date())
  const statement = await getPortalStatement(month)
  return <SupplierStatement statement={statement} locale={locale} />
}
