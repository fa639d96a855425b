"use client"

import { useTranslations } from "next-intl"
import Link from "next/link"
import { useActionState } from "react"
import type { Locale } from "@fupin/shared"
import { logIn, register, requestPasswordReset, resetPassword, type FormState } from "@/lib/actions/account"
import { localizedHref } from "@/lib/i18n/paths"
import { buttonPrimary, Field, FormMessage } from "@/modules/common/components/field"

const EMPTY: FormState = { error: null, fields: {}, values: {} }

export function LoginForm({ locale, next, notice }: { locale: Locale; next: string; notice: string | null }) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState(logIn, EMPTY)
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next} />
      <FormMessage error={state.error} success={state.error ? null : notice} />
      <Field name="email" type="email" autoComplete="email" label={t("email")} defaultValue={state.values.email} error={state.fields.email} required />
      <Field name="password" type="password" autoComplete="current-password" label={t("password")} error={state.fields.password} required />
      <button type="submit" disabled={pending} className={buttonPrimary + " w-full"}>
        {pending ? t("submitting") : t("login")}
      </button>
      <p className="flex flex-wrap justify-between gap-2 text-sm">
        <Link href={localizedHref(locale, "/account/forgot-password")} className="font-medium text-brand-700 underline underline-offset-4">
          {t("forgot")}
        </Link>
        <span>
          {t("noAccount")}{" "}
          <Link href={localizedHref(locale, "/account/register")} className="font-semibold text-brand-700 underline underline-offset-4">
            {t("register")}
          </Link>
        </span>
      </p>
    </form>
  )
}

export function RegisterForm({ locale }: { locale: Locale }) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState(register, EMPTY)
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error} />
      <Field name="name" autoComplete="name" label={t("name")} defaultValue={state.values.name} error={state.fields.name} required />
      <Field name="email" type="email" autoComplete="email" label={t("email")} defaultValue={state.values.email} error={state.fields.email} required />
      <Field
        name="password"
        type="password"
        autoComplete="new-password"
        label={t("password")}
        hint={t("passwordHint")}
        error={state.fields.password}
        required
      />
      <button type="submit" disabled={pending} className={buttonPrimary + " w-full"}>
        {pending ? t("submitting") : t("register")}
      </button>
      <p className="text-sm">
        {t("haveAccount")}{" "}
        <Link href={localizedHref(locale, "/account/login")} className="font-semibold text-brand-700 underline underline-offset-4">
          {t("login")}
        </Link>
      </p>
    </form>
  )
}

export function ForgotPasswordForm({ locale }: { locale: Locale }) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState(requestPasswordReset, EMPTY)
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error} success={state.done ? t("linkSent") : null} />
      <Field name="email" type="email" autoComplete="email" label={t("email")} defaultValue={state.values.email} error={state.fields.email} required />
      <button type="submit" disabled={pending} className={buttonPrimary + " w-full"}>
        {pending ? t("submitting") : t("sendLink")}
      </button>
    </form>
  )
}

export function ResetPasswordForm({ locale, token, email }: { locale: Locale; token: string; email: string }) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState(resetPassword, EMPTY)
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      <FormMessage error={state.error} />
      <p className="text-sm text-earth-700">{email}</p>
      <Field
        name="password"
        type="password"
        autoComplete="new-password"
        label={t("password")}
        hint={t("passwordHint")}
        error={state.fields.password}
        required
      />
      <Field name="confirm" type="password" autoComplete="new-password" label={t("confirmPassword")} error={state.fields.confirm} required />
      <button type="submit" disabled={pending} className={buttonPrimary + " w-full"}>
        {pending ? t("submitting") : t("resetSubmit")}
      </button>
    </form>
  )
}
