import { KUNMING_TIME_ZONE } from "@fupin/shared"
import Link from "next/link"
import type { Locale } from "@fupin/shared"
import { getCustomer } from "@/lib/data/customer"
import { lookupInvite } from "@/lib/data/institution-members"
import { interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { AuthCard } from "@/modules/account/components/auth-card"
import { buttonPrimary } from "@/modules/common/components/field"
import { roleNames } from "../../lib/format"
import { onboardingDictionary } from "../i18n"
import { AcceptInviteForm } from "./accept-invite-form"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { ACCEPT_INVITE_FORM_STRINGS } from "@/modules/institution/members/components/accept-invite-form.strings"

/**
 * What an activation link (/institution/activate) or an invitation
 * (/institution/invite) opens: the institution and roles, then a password form,
 * or — for an e-mail that already has a login — a request to log in with it.
 */
export async function InviteLanding({ locale, token, kind }: { locale: Locale; token: string; kind: "activation" | "invite" }) {
  const dict = onboardingDictionary(locale)
  const title = kind === "activation" ? dict.activateTitle : dict.inviteTitle
  if (!token) {
    return (
      <AuthCard title={title}>
        <p role="alert" className="text-sm text-brand-800">{dict.linkMissing}</p>
      </AuthCard>
    )
  }
  const found = await lookupInvite(token, dict.serviceDown)
  if ("failure" in found) {
    return (
      <AuthCard title={title}>
        <p role="alert" className="text-sm font-medium text-brand-800" data-testid="invite-problem">
          {found.failure.message}
        </p>
      </AuthCard>
    )
  }
  const { invite } = found
  const intro = interpolate(kind === "activation" ? dict.activateIntro : dict.inviteIntro, {
    institution: invite.institution.name,
    roles: roleNames(invite.roles, locale),
  })
  const expires = interpolate(dict.expiresAt, {
    date: new Date(invite.expires_at).toLocaleString(locale === "en" ? "en-GB" : "zh-CN", { timeZone: KUNMING_TIME_ZONE, dateStyle: "medium", timeStyle: "short" }),
  })
  const customer = invite.account_exists ? await getCustomer() : null
  const here = localizedHref(locale, `/institution/${kind === "activation" ? "activate" : "invite"}?${new URLSearchParams({ token })}`)
  return (
    <AuthCard title={title} intro={intro}>
      <p className="mb-4 text-xs text-earth-600">{expires}</p>
      {!invite.account_exists ? (
        <ClientStrings locale={locale} pick={ACCEPT_INVITE_FORM_STRINGS}>
          <AcceptInviteForm locale={locale} token={token} email={invite.email} name={invite.name} asLoggedIn={false} />
        </ClientStrings>
      ) : customer && customer.email?.toLowerCase() === invite.email ? (
        <>
          <p className="mb-4 text-sm text-earth-700">{interpolate(dict.loggedInAs, { email: customer.email })}</p>
          <ClientStrings locale={locale} pick={ACCEPT_INVITE_FORM_STRINGS}>
            <AcceptInviteForm locale={locale} token={token} email={invite.email} name={invite.name} asLoggedIn />
          </ClientStrings>
        </>
      ) : (
        <div className="space-y-4">
          <p role="status" className="text-sm text-earth-800">
            {customer ? interpolate(dict.wrongAccount, { email: customer.email ?? "", invited: invite.email }) : dict.accountExists}
          </p>
          {customer ? null : (
            <Link href={`${localizedHref(locale, "/account/login")}?${new URLSearchParams({ next: here })}`} className={buttonPrimary + " block w-full text-center"}>
              {dict.loginToAccept}
            </Link>
          )}
        </div>
      )}
    </AuthCard>
  )
}
