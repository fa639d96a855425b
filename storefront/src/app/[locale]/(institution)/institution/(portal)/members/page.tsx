import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getMembersPage } from "@/lib/data/institution-members"
import { PageHeading } from "@/modules/common/components/page-heading"
import { requireMember } from "@/modules/institution/lib/guard"
import { MembersManager } from "@/modules/institution/members/components/members-manager"
import { onboardingDictionary } from "@/modules/institution/members/i18n"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { MEMBERS_MANAGER_STRINGS } from "@/modules/institution/members/components/members-manager.strings"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: onboardingDictionary(locale).membersTitle, robots: { index: false } }
}

/**
 * /zh/institution/members: the institution admin invites members and sets their roles.
 * Inside the portal's route group (same URL as before): its tabs, and its door (login, or 403 for a non-member).
 */
export default async function MembersPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const me = await requireMember(locale, "/institution/members")
  const dict = onboardingDictionary(locale)
  // the backend says whether this member may manage members (admins only): a purchaser sees why not
  const page = await getMembersPage(dict.serviceDown)
  return (
    <div>
      <PageHeading sub={dict.membersIntro}>{dict.membersTitle}</PageHeading>
      {"failure" in page ? (
        <p role="alert" className="rounded-lg bg-brand-50 px-3 py-2.5 text-sm font-medium text-brand-800 ring-1 ring-brand-200" data-testid="members-refused">
          {page.failure.status === 403 ? page.failure.message || dict.adminsOnly : page.failure.message}
        </p>
      ) : (
        <ClientStrings locale={locale} pick={MEMBERS_MANAGER_STRINGS}>
          <MembersManager locale={locale} members={page.members} invites={page.invites} selfCustomerId={me.member.customer_id} />
        </ClientStrings>
      )}
    </div>
  )
}
