import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import { AuthCard } from "@/modules/account/components/auth-card"
import { ForgotPasswordForm } from "@/modules/account/components/auth-forms"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { AUTH_FORMS_STRINGS } from "@/modules/account/components/auth-forms.strings"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getDictionary(locale).account.forgotTitle, robots: { index: false } }
}

export default async function ForgotPasswordPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const dict = getDictionary(locale).account
  return (
    <AuthCard title={dict.forgotTitle} intro={dict.forgotBody}>
      <ClientStrings locale={locale} pick={AUTH_FORMS_STRINGS}><ForgotPasswordForm locale={locale} /></ClientStrings>
    </AuthCard>
  )
}
