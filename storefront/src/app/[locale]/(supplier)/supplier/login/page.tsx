import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getPortalMe } from "@/lib/data/supplier-portal"
import { localizedHref } from "@/lib/i18n/paths"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { AuthCard } from "@/modules/account/components/auth-card"
import { PortalLoginForm } from "@/modules/supplier-portal/components/auth-forms"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { PORTAL_AUTH_FORMS_STRINGS } from "@/modules/supplier-portal/components/auth-forms.strings"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getPortalDictionary(locale).login.title } : {}
}

export default async function SupplierLoginPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  if (await getPortalMe()) redirect(localizedHref(locale, "/supplier"))
  const dict = getPortalDictionary(locale).login
  return (
    <AuthCard title={dict.title} intro={dict.intro}>
      <ClientStrings locale={locale} pick={PORTAL_AUTH_FORMS_STRINGS}><PortalLoginForm locale={locale} /></ClientStrings>
    </AuthCard>
  )
}
