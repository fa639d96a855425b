"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { Locale } from "@fupin/shared"
import { setMobilePassword, type FormState } from "@/lib/actions/account"
import { buttonSecondary, Field, FormMessage } from "@/modules/common/components/field"

/** 设置登录密码: for an account that logs in with its mobile, so that a code is not needed every time. */
export function MobilePasswordForm({ locale }: { locale: Locale }) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState<FormState, FormData>(setMobilePassword, { error: null, fields: {}, values: {} })
  return (
    <form action={action} noValidate className="mt-3 space-y-3" data-testid="mobile-password">
      <input type="hidden" name="locale" value={locale} />
      <p className="text-sm text-earth-700">{t("setMobilePasswordIntro")}</p>
      <FormMessage error={state.error} success={state.done ? t("mobilePasswordSaved") : null} />
      <div className="flex flex-wrap items-end gap-3">
        <Field
          name="password"
          type="password"
          autoComplete="new-password"
          label={t("mobilePassword")}
          hint={t("passwordHint")}
          error={state.fields.password}
          className="min-w-0 flex-1"
        />
        <button type="submit" disabled={pending} className={buttonSecondary + " min-h-11"}>
          {pending ? t("submitting") : t("setMobilePassword")}
        </button>
      </div>
    </form>
  )
}
