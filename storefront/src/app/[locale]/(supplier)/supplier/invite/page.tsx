import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { AuthCard } from "@/modules/account/components/auth-card"
import { InviteAcceptForm } from "@/modules/supplier-portal/components/auth-forms"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { PORTAL_AUTH_FORMS_STRINGS } from "@/modules/supplier-portal/components/auth-forms.strings"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getPortalDictionary(locale).join.title, robots: { index: false } } : {}
}

/** The link of the owner's invitation e-mail (`/supplier/invite?token=…`): a colleague sets a password and joins. */
export default async function SupplierInvitePage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const dict = getPortalDictionary(locale).join
  const { token } = await searchParams
  const value = typeof token === "string" ? token.trim() : ""
  return (
    <AuthCard title={dict.title} intro={dict.intro}>
      {value ? <ClientStrings locale={locale} pick={PORTAL_AUTH_FORMS_STRINGS}><InviteAcceptForm locale={locale} token={value} /></ClientStrings> : <p className="text-base text-earth-800">{dict.noToken}</p>}
    </AuthCard>
  )
}
