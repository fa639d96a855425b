import Link from "next/link"
import type { Locale } from "@fupin/shared"
import { getMembership } from "@/lib/data/institution"
import { interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { AuthCard } from "@/modules/account/components/auth-card"
import { buttonPrimary, buttonSecondary, FormMessage } from "@/modules/common/components/field"
import { roleNames } from "../../lib/format"
import { onboardingDictionary } from "../i18n"

/**
 * Where an accepted activation link or invitation lands (/institution/joined): the
 * institution and roles the logged-in member now has, read from the backend, so the
 * confirmation also survives a reload.
 */
export async function JoinedPage({ locale }: { locale: Locale }) {
  const dict = onboardingDictionary(locale)
  const membership = await getMembership()
  if (membership.kind !== "member") {
    const here = localizedHref(locale, "/institution/joined")
    return (
      <AuthCard title={dict.joinedTitle}>
        <p role="status" className="mb-4 text-sm text-earth-800">
          {membership.kind === "refused" ? membership.message || dict.notMember : dict.joinedNotLoggedIn}
        </p>
        {membership.kind === "anonymous" ? (
          <Link href={`${localizedHref(locale, "/account/login")}?${new URLSearchParams({ next: here })}`} className={buttonPrimary + " block w-full text-center"}>
            {dict.loginToAccept}
          </Link>
        ) : null}
      </AuthCard>
    )
  }
  const isAdmin = membership.member.roles.includes("admin")
  return (
    <AuthCard title={dict.joinedTitle}>
      <div className="space-y-4" data-testid="invite-accepted">
        <FormMessage success={interpolate(dict.joined, { institution: membership.institution.name, roles: roleNames(membership.member.roles, locale) })} />
        <Link href={localizedHref(locale, "/institution")} className={buttonPrimary + " block w-full text-center"}>
          {dict.toPortal}
        </Link>
        {isAdmin ? (
          <Link href={localizedHref(locale, "/institution/members")} className={buttonSecondary + " block w-full py-3 text-center"}>
            {dict.toMembers}
          </Link>
        ) : null}
      </div>
    </AuthCard>
  )
}
