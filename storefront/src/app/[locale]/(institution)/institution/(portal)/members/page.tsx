import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getCustomer } from "@/lib/data/customer"
import { getMembersPage } from "@/lib/data/institution-members"
import { localizedHref } from "@/lib/i18n/paths"
import { PageHeading } from "@/modules/common/components/page-heading"
import { MembersManager } from "@/modules/institution/members/components/members-manager"
import { onboardingDictionary } from "@/modules/institution/members/i18n"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: onboardingDictionary(locale).membersTitle, robots: { index: false } }
}

/** /zh/institution/members: the institution admin invites members and sets their roles. */
export default async function MembersPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const customer = await getCustomer()
  const here = localizedHref(locale, "/institution/members")
  if (!customer) redirect(`${localizedHref(locale, "/account/login")}?next=${encodeURIComponent(here)}`)
  const dict = onboardingDictionary(locale)
  const page = await getMembersPage(dict.serviceDown)
  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:px-6 sm:py-10">
      <PageHeading sub={dict.membersIntro}>{dict.membersTitle}</PageHeading>
      {"failure" in page ? (
        <p role="alert" className="rounded-lg bg-brand-50 px-3 py-2.5 text-sm font-medium text-brand-800 ring-1 ring-brand-200" data-testid="members-refused">
          {page.failure.status === 403 ? page.failure.message || dict.adminsOnly : page.failure.message}
        </p>
      ) : (
        <MembersManager locale={locale} members={page.members} invites={page.invites} selfCustomerId={customer.id} />
      )}
    </div>
  )
}
