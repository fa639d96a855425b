import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { listCounties } from "@/lib/data/domain"
import { getPortalMe } from "@/lib/data/supplier-portal"
import { getRegistrationToken } from "@/lib/data/supplier-session"
import { localizedHref } from "@/lib/i18n/paths"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { AuthCard } from "@/modules/account/components/auth-card"
import { ApplicantAccountForm } from "@/modules/supplier-portal/components/auth-forms"
import { ApplicationForm } from "@/modules/supplier-portal/components/application-form"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { APPLICATION_FORM_STRINGS } from "@/modules/supplier-portal/components/application-form.strings"
import { PORTAL_AUTH_FORMS_STRINGS } from "@/modules/supplier-portal/components/auth-forms.strings"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getPortalDictionary(locale).apply.title } : {}
}

/** Joining: first the login (step 1), then the application with its documents. */
export default async function SupplierApplyPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  if (await getPortalMe()) redirect(localizedHref(locale, "/supplier"))
  const dict = getPortalDictionary(locale).apply
  if (!(await getRegistrationToken())) {
    return (
      <AuthCard title={dict.title} intro={dict.intro}>
        <h2 className="mb-3 text-lg font-bold text-earth-900">{dict.stepAccount}</h2>
        <ClientStrings locale={locale} pick={PORTAL_AUTH_FORMS_STRINGS}><ApplicantAccountForm locale={locale} /></ClientStrings>
      </AuthCard>
    )
  }
  // The three delisted poverty counties first: most producers are there.
  const counties = (await listCounties()).toSorted((a, b) => Number(b.delisted_poverty_county) - Number(a.delisted_poverty_county))
  return (
    <div className="mx-auto max-w-xl px-4 py-6">
      <h1 className="text-2xl font-bold text-earth-900">{dict.title}</h1>
      <p className="mt-2 text-base text-earth-700">{dict.intro}</p>
      <ClientStrings locale={locale} pick={APPLICATION_FORM_STRINGS}><ApplicationForm locale={locale} counties={counties} /></ClientStrings>
    </div>
  )
}
