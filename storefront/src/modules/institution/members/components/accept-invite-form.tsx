"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import type { Locale } from "@fupin/shared"
import { acceptInvite, type OnboardingState } from "@/lib/actions/institution-members"
import { buttonPrimary, Field, FormMessage } from "@/modules/common/components/field"

const EMPTY: OnboardingState = { error: null, fields: {}, values: {} }

/**
 * Sets a password for the invited e-mail (no login yet), or — when the e-mail has
 * a login and its owner is logged in — joins with that account.
 */
export function AcceptInviteForm({
  locale,
  token,
  email,
  name,
  asLoggedIn,
}: {
  locale: Locale
  token: string
  email: string
  name: string | null
  asLoggedIn: boolean
}) {
  const t = useTranslations("institutionMembers")
  // on success the action goes on to /institution/joined, which confirms from the membership itself
  const [state, action, pending] = useActionState(acceptInvite, EMPTY)
  // Held in state, not left to the DOM: React resets an action's form once the answer is in, and a
  // refused attempt's answer (and the refresh Next may run behind it) can land after the next
  // keystrokes. Controlled fields keep what was typed, so the second try sends it.
  const [typedName, setTypedName] = useState(name ?? "")
  const [password, setPassword] = useState("")
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      {asLoggedIn ? <input type="hidden" name="as_logged_in" value="1" /> : null}
      <FormMessage error={state.error} />
      <Field name="invited_email" type="email" label={t("email")} value={email} readOnly autoComplete="username" />
      {asLoggedIn ? null : (
        <>
          <Field
            name="name"
            autoComplete="name"
            label={t("name")}
            value={typedName}
            onChange={(event) => setTypedName(event.target.value)}
            error={state.fields.name}
          />
          <Field
            name="password"
            type="password"
            autoComplete="new-password"
            label={t("password")}
            hint={t("passwordHint")}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={state.fields.password}
            required
          />
        </>
      )}
      <button type="submit" disabled={pending} className={buttonPrimary + " w-full"}>
        {pending ? t("submitting") : asLoggedIn ? t("acceptAsMe") : t("submit")}
      </button>
    </form>
  )
}
