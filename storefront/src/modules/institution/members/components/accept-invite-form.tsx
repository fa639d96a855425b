"use client"

import { useActionState, useState } from "react"
import type { Locale } from "@fupin/shared"
import { acceptInvite, type OnboardingState } from "@/lib/actions/institution-members"
import { buttonPrimary, Field, FormMessage } from "@/modules/common/components/field"
import { onboardingDictionary } from "../i18n"

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
  const dict = onboardingDictionary(locale)
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
      <Field name="invited_email" type="email" label={dict.email} value={email} readOnly autoComplete="username" />
      {asLoggedIn ? null : (
        <>
          <Field
            name="name"
            autoComplete="name"
            label={dict.name}
            value={typedName}
            onChange={(event) => setTypedName(event.target.value)}
            error={state.fields.name}
          />
          <Field
            name="password"
            type="password"
            autoComplete="new-password"
            label={dict.password}
            hint={dict.passwordHint}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={state.fields.password}
            required
          />
        </>
      )}
      <button type="submit" disabled={pending} className={buttonPrimary + " w-full"}>
        {pending ? dict.submitting : asLoggedIn ? dict.acceptAsMe : dict.submit}
      </button>
    </form>
  )
}
