"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { type InstitutionInviteDTO, type Locale, MEMBER_ROLE_LABELS, MEMBER_ROLES, type PortalMemberDTO } from "@fupin/shared"
import { inviteMember, type OnboardingState, removeMember, revokeInvite, updateMemberRoles } from "@/lib/actions/institution-members"
import { buttonPrimary, buttonSecondary, card, Field, FormMessage } from "@/modules/common/components/field"
import { roleNames } from "../../lib/format"
import { MemberBudgetForm } from "../../lists/components/member-budget-form"

const EMPTY: OnboardingState = { error: null, fields: {}, values: {} }

function RoleBoxes({ name, locale, checked, idPrefix }: { name: string; locale: Locale; checked: readonly string[]; idPrefix: string }) {
  return (
    <span className="flex flex-wrap gap-x-4 gap-y-1">
      {MEMBER_ROLES.map((role) => (
        <label key={role} htmlFor={`${idPrefix}-${role}`} className="inline-flex items-center gap-1.5 text-sm text-earth-800">
          <input id={`${idPrefix}-${role}`} type="checkbox" name={name} value={role} defaultChecked={checked.includes(role)} className="h-4 w-4 accent-brand-600" />
          {MEMBER_ROLE_LABELS[role][locale]}
        </label>
      ))}
    </span>
  )
}

function MemberRow({ member, locale, isSelf }: { member: PortalMemberDTO; locale: Locale; isSelf: boolean }) {
  const t = useTranslations("institutionMembers")
  const [saveState, save, saving] = useActionState(updateMemberRoles, EMPTY)
  const [removeState, remove, removing] = useActionState(removeMember, EMPTY)
  const person = member.customer
  const name = `${person?.last_name ?? ""}${person?.first_name ?? ""}`.trim()
  const message = saveState.error ?? removeState.error
  return (
    <li className="py-3" data-testid="member-row" data-email={person?.email ?? ""}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-semibold text-earth-900">
          {name || person?.email}
          {isSelf ? t("you") : null}
          {name ? <span className="ml-2 text-sm font-normal text-earth-600">{person?.email}</span> : null}
        </p>
        <p className="text-sm text-earth-700" data-testid="member-roles">{roleNames(member.roles, locale)}</p>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <form action={save} className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="member_id" value={member.id} />
          <RoleBoxes name="roles" locale={locale} checked={member.roles} idPrefix={`m-${member.id}`} />
          <button type="submit" disabled={saving} className={buttonSecondary + " px-3 py-1.5 text-sm"}>
            {t("save")}
          </button>
        </form>
        <form action={remove}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="member_id" value={member.id} />
          <button type="submit" disabled={removing} className="rounded-full px-3 py-1.5 text-sm font-semibold text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50">
            {t("remove")}
          </button>
        </form>
      </div>
      {member.roles.includes("purchaser") ? <MemberBudgetForm locale={locale} memberId={member.id} budget={member.monthly_budget} /> : null}
      {message ? <div className="mt-2"><FormMessage error={message} /></div> : saveState.done ? <p className="mt-1 text-sm text-earth-600" role="status">{saveState.done}</p> : null}
    </li>
  )
}

function InviteForm({ locale }: { locale: Locale }) {
  const t = useTranslations("institutionMembers")
  const [state, action, pending] = useActionState(inviteMember, EMPTY)
  return (
    <form action={action} noValidate className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error} />
      {state.done ? (
        <div role="status" className="rounded-lg bg-earth-50 px-3 py-2.5 text-sm text-earth-800 ring-1 ring-earth-100">
          <p>{state.done}</p>
          {state.url ? (
            <p className="mt-1 break-all font-mono text-xs" data-testid="invite-link">
              {state.url}
            </p>
          ) : null}
        </div>
      ) : null}
      <Field name="email" type="email" autoComplete="off" label={t("inviteEmail")} defaultValue={state.values.email} error={state.fields.email} required />
      <fieldset>
        <legend className="text-sm font-medium text-earth-800">{t("roles")}</legend>
        <div className="mt-1">
          <RoleBoxes name="roles" locale={locale} checked={["purchaser"]} idPrefix="invite" />
        </div>
        {state.fields.roles ? <p className="mt-1 text-sm font-medium text-brand-700">{state.fields.roles}</p> : null}
      </fieldset>
      <button type="submit" disabled={pending} className={buttonPrimary}>
        {pending ? t("submitting") : t("sendInvite")}
      </button>
    </form>
  )
}

function PendingInvite({ invite, locale }: { invite: InstitutionInviteDTO; locale: Locale }) {
  const t = useTranslations("institutionMembers")
  const [state, action, pending] = useActionState(revokeInvite, EMPTY)
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="pending-invite">
      <span className="text-sm text-earth-800">
        {invite.email} · {roleNames(invite.roles, locale)}
      </span>
      <form action={action}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="invite_id" value={invite.id} />
        <button type="submit" disabled={pending} className="text-sm font-semibold text-brand-700 underline underline-offset-4">
          {t("revoke")}
        </button>
      </form>
      {state.error ? <FormMessage error={state.error} /> : null}
    </li>
  )
}

/** The institution admin's members page: members with their roles, an invitation form, open invitations. */
export function MembersManager({
  locale,
  members,
  invites,
  selfCustomerId,
}: {
  locale: Locale
  members: PortalMemberDTO[]
  invites: InstitutionInviteDTO[]
  selfCustomerId: string | null
}) {
  const t = useTranslations("institutionMembers")
  return (
    <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
      <section aria-labelledby="members-title" className={card}>
        <h2 id="members-title" className="text-lg font-bold text-earth-900">
          {t("membersTitle")}
        </h2>
        <ul className="mt-2 divide-y divide-earth-100" data-testid="members">
          {members.map((m) => (
            <MemberRow key={m.id} member={m} locale={locale} isSelf={m.customer_id === selfCustomerId} />
          ))}
        </ul>
      </section>
      <div className="space-y-6">
        <section aria-labelledby="invite-title" className={card}>
          <h2 id="invite-title" className="mb-3 text-lg font-bold text-earth-900">
            {t("inviteHeading")}
          </h2>
          <InviteForm locale={locale} />
        </section>
        <section aria-labelledby="pending-title" className={card}>
          <h2 id="pending-title" className="text-lg font-bold text-earth-900">
            {t("pendingHeading")}
          </h2>
          {invites.length ? (
            <ul className="mt-2 divide-y divide-earth-100">
              {invites.map((i) => (
                <PendingInvite key={i.id} invite={i} locale={locale} />
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm text-earth-600">{t("noPending")}</p>
          )}
        </section>
      </div>
    </div>
  )
}
