"use client"

import { useTranslations } from "next-intl"
import Link from "next/link"
import { useActionState } from "react"
import type { Locale } from "@fupin/shared"
import { acceptSupplierInvite, portalLogIn, registerApplicant, type PortalFormState } from "@/lib/actions/supplier-portal"
import { localizedHref } from "@/lib/i18n/paths"
import { buttonPrimary, Field, FormMessage } from "@/modules/common/components/field"

export const EMPTY_FORM: PortalFormState = { error: null, fields: {}, values: {} }

export function PortalLoginForm({ locale }: { locale: Locale }) {
  const t = useTranslations("supplierPortal.login")
  const tp = useTranslations("supplierPortal")
  const [state, action, pending] = useActionState(portalLogIn, EMPTY_FORM)
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error} />
      <Field name="email" type="email" inputMode="email" autoComplete="username" label={t("email")} defaultValue={state.values.email} error={state.fields.email} required />
      <Field name="password" type="password" autoComplete="current-password" label={t("password")} error={state.fields.password} required />
      <button type="submit" disabled={pending} className={buttonPrimary + " min-h-12 w-full"}>
        {pending ? tp("common.submitting") : t("submit")}
      </button>
      <p className="text-base">
        {t("noAccount")}{" "}
        <Link href={localizedHref(locale, "/supplier/apply")} className="font-semibold text-brand-700 underline underline-offset-4">
          {t("apply")}
        </Link>
      </p>
    </form>
  )
}

/** Joining, step 1: the login the owner will use. */
export function ApplicantAccountForm({ locale }: { locale: Locale }) {
  const t = useTranslations("supplierPortal.apply")
  const tp = useTranslations("supplierPortal")
  const [state, action, pending] = useActionState(registerApplicant, EMPTY_FORM)
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error} />
      <Field name="email" type="email" inputMode="email" autoComplete="username" label={t("email")} defaultValue={state.values.email} error={state.fields.email} required />
      <Field name="password" type="password" autoComplete="new-password" label={t("password")} hint={t("passwordHint")} error={state.fields.password} required />
      <button type="submit" disabled={pending} className={buttonPrimary + " min-h-12 w-full"}>
        {pending ? tp("common.submitting") : t("next")}
      </button>
      <p className="text-base">
        <Link href={localizedHref(locale, "/supplier/login")} className="font-semibold text-brand-700 underline underline-offset-4">
          {tp("login.title")}
        </Link>
      </p>
    </form>
  )
}

/** A colleague joins through the owner's invitation: the invited e-mail, a password, a name. */
export function InviteAcceptForm({ locale, token }: { locale: Locale; token: string }) {
  const t = useTranslations("supplierPortal.join")
  const tp = useTranslations("supplierPortal")
  const [state, action, pending] = useActionState(acceptSupplierInvite, EMPTY_FORM)
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <FormMessage error={state.error} />
      <Field name="email" type="email" inputMode="email" autoComplete="username" label={t("email")} hint={t("emailHint")} defaultValue={state.values.email} error={state.fields.email} required />
      <Field name="password" type="password" autoComplete="new-password" label={t("password")} hint={tp("apply.passwordHint")} error={state.fields.password} required />
      <Field name="name" autoComplete="name" label={t("name")} defaultValue={state.values.name} error={state.fields.name} required />
      <Field name="phone" type="tel" inputMode="tel" autoComplete="tel" label={t("phone")} defaultValue={state.values.phone} error={state.fields.phone} />
      <button type="submit" disabled={pending} className={buttonPrimary + " min-h-12 w-full"}>
        {pending ? tp("common.submitting") : t("submit")}
      </button>
      <p className="text-base">
        {t("haveLogin")}{" "}
        <Link href={localizedHref(locale, "/supplier/login")} className="font-semibold text-brand-700 underline underline-offset-4">
          {tp("login.title")}
        </Link>
      </p>
    </form>
  )
}
