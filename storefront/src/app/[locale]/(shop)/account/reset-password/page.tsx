import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { AuthCard } from "@/modules/account/components/auth-card"
import { ResetPasswordForm } from "@/modules/account/components/auth-forms"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { AUTH_FORMS_STRINGS } from "@/modules/account/components/auth-forms.strings"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getDictionary(locale).account.resetTitle, robots: { index: false }, referrer: "no-referrer" }
}

/** Opened from the reset e-mail: /zh/account/reset-password?token=…&email=… */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const dict = getDictionary(locale).account
  const query = await searchParams
  const token = typeof query.token === "string" ? query.token : ""
  const email = typeof query.email === "string" ? query.email : ""
  return (
    <AuthCard title={dict.resetTitle}>
      {token && email ? (
        <ClientStrings locale={locale} pick={AUTH_FORMS_STRINGS}><ResetPasswordForm locale={locale} token={token} email={email} /></ClientStrings>
      ) : (
        <p role="alert" className="text-sm text-brand-800">
          {dict.resetLinkInvalid}{" "}
          <Link href={localizedHref(locale, "/account/forgot-password")} className="font-semibold underline underline-offset-4">
            {dict.forgotTitle}
          </Link>
        </p>
      )}
    </AuthCard>
  )
}
