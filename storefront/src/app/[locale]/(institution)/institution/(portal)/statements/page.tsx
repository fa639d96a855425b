import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale, STATEMENT_MONTH_PATTERN, statementMonthOf } from "@fupin/shared"
import { getInstitutionStatement } from "@/lib/data/institution"
import { getDictionary } from "@/lib/i18n"
import { requireMember } from "@/modules/institution/lib/guard"
import { InstitutionStatement } from "@/modules/institution/templates/statement"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ month?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getDictionary(locale).institution.statement.title, robots: { index: false } }
}

/** /institution/statements?month=2026-12: the month's 对账单 (this month unless told). */
export default async function InstitutionStatementsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requireMember(locale, "/institution/statements")
  const raw = (await searchParams).month
  const month = typeof raw === "string" && STATEMENT_MONTH_PATTERN.test(raw) ? raw : statementMonthOf(new Date())
  const statement = await getInstitutionStatement(month)
  return <InstitutionStatement statement={statement} locale={locale} />
}
