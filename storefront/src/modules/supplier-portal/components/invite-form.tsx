"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { Locale } from "@fupin/shared"
import { inviteMember } from "@/lib/actions/supplier-portal"
import { buttonPrimary, Field, FormMessage } from "@/modules/common/components/field"
import { EMPTY_FORM } from "./auth-forms"

/** The owner invites a staff member by e-mail. */
export function InviteForm({ locale, readOnly }: { locale: Locale; readOnly: boolean }) {
  const t = useTranslations("supplierPortal.members")
  const tp = useTranslations("supplierPortal")
  const [state, action, pending] = useActionState(inviteMember, EMPTY_FORM)
  return (
    <form action={action} noValidate className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error} success={state.notice ?? null} />
      <fieldset disabled={readOnly || pending} className="space-y-3">
        <Field name="email" type="email" inputMode="email" label={t("email")} defaultValue={state.values.email} error={state.fields.email} required />
        <button type="submit" className={buttonPrimary + " min-h-12 w-full"}>
          {pending ? tp("common.submitting") : t("inviteSubmit")}
        </button>
      </fieldset>
    </form>
  )
}
