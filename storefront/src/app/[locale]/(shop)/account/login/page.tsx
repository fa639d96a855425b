import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getCustomer } from "@/lib/data/customer"
import { getDictionary } from "@/lib/i18n"
import { safeNextPath } from "@/lib/util/redirect"
import { LoginForm } from "@/modules/account/components/auth-forms"
import { AuthCard } from "@/modules/account/components/auth-card"
import { MobileLoginForm } from "@/modules/account/components/mobile-login-form"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { AUTH_FORMS_STRINGS } from "@/modules/account/components/auth-forms.strings"
import { MOBILE_LOGIN_FORM_STRINGS } from "@/modules/account/components/mobile-login-form.strings"

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
      <section aria-labelledby="mobile-login-title">
        <h2 id="mobile-login-title" className="mb-3 text-lg font-bold text-earth-900">
          {dict.mobileLoginTitle}
        </h2>
        <ClientStrings locale={locale} pick={MOBILE_LOGIN_FORM_STRINGS}><MobileLoginForm locale={locale} next={next} /></ClientStrings>
      </section>
      <section aria-labelledby="email-login-title" className="mt-8 border-t border-earth-100 pt-6">
        <h2 id="email-login-title" className="mb-3 text-lg font-bold text-earth-900">
          {dict.orEmail}
        </h2>
        <ClientStrings locale={locale} pick={AUTH_FORMS_STRINGS}>
          <LoginForm locale={locale} next={next} notice={query.reset === "1" ? dict.resetDone : null} />
        </ClientStrings>
      </section>
    </AuthCard>
  )
}
