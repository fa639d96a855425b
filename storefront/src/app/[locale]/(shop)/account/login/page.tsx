import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getCustomer } from "@/lib/data/customer"
import { getDictionary } from "@/lib/i18n"
import { safeNextPath } from "@/lib/util/redirect"
import { LoginForm } from "@/modules/account/components/auth-forms"
import { AuthCard } from "@/modules/account/components/auth-card"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getDictionary(locale).account.loginTitle, robots: { index: false } }
}

export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const next = typeof query.next === "string" ? query.next : ""
  if (await getCustomer()) redirect(safeNextPath(next, locale))
  const dict = getDictionary(locale).account
  return (
    <AuthCard title={dict.loginTitle}>
      <LoginForm locale={locale} next={next} notice={query.reset === "1" ? dict.resetDone : null} />
    </AuthCard>
  )
}
