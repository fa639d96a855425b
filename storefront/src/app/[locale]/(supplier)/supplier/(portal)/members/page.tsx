import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale, SUPPLIER_MEMBER_ROLE_LABELS } from "@fupin/shared"
import { getPortalMe, listPortalMembers } from "@/lib/data/supplier-portal"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { InviteForm } from "@/modules/supplier-portal/components/invite-form"
import { StatusBadge } from "@/modules/supplier-portal/components/status-badge"
import { formatDay } from "@/modules/supplier-portal/lib/format"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { INVITE_FORM_STRINGS } from "@/modules/supplier-portal/components/invite-form.strings"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getPortalDictionary(locale).members.title } : {}
}

/** The supplier's members and open invitations; only the owner sees the invite form. */
export default async function SupplierMembersPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [me, { members, invites }] = await Promise.all([getPortalMe(), listPortalMembers()])
  if (!me) notFound()
  const dict = getPortalDictionary(locale).members
  const owner = me.member.role === "owner"
  const open = invites.filter((i) => i.status === "pending")
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold text-earth-900">{dict.title}</h1>
        <p className="text-base text-earth-700">{dict.intro}</p>
      </div>
      <ul className="divide-y divide-earth-100 rounded-2xl bg-white px-4 ring-1 ring-earth-100" data-testid="members">
        {members.map((m) => (
          <li key={m.id} className="flex items-center justify-between gap-3 py-3">
            <span className="min-w-0">
              <span className="block font-semibold text-earth-900">{m.name ?? m.email}</span>
              <span className="block truncate text-sm text-earth-600">{m.email}</span>
            </span>
            <span className="flex gap-1.5">
              <StatusBadge tone={m.role === "owner" ? "good" : "plain"}>{SUPPLIER_MEMBER_ROLE_LABELS[m.role][locale]}</StatusBadge>
              {m.status === "disabled" ? <StatusBadge tone="bad">{dict.statuses.disabled}</StatusBadge> : null}
            </span>
          </li>
        ))}
      </ul>
      {open.length ? (
        <section aria-labelledby="invites" className="rounded-2xl bg-white p-4 ring-1 ring-earth-100">
          <h2 id="invites" className="text-lg font-bold text-earth-900">
            {dict.invites}
          </h2>
          <ul className="mt-2 divide-y divide-earth-100">
            {open.map((i) => (
              <li key={i.id} className="flex items-center justify-between gap-2 py-2 text-sm">
                <span className="truncate">{i.email}</span>
                <span className="text-earth-600">{formatDay(i.expires_at, locale)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="invite" className="space-y-3 rounded-2xl bg-white p-4 ring-1 ring-earth-100">
        <h2 id="invite" className="text-lg font-bold text-earth-900">
          {dict.invite}
        </h2>
        {owner ? <ClientStrings locale={locale} pick={INVITE_FORM_STRINGS}><InviteForm locale={locale} readOnly={me.supplier.mode === "read_only"} /></ClientStrings> : <p className="text-earth-700">{dict.onlyOwner}</p>}
      </section>
    </div>
  )
}
