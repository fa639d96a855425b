"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect, useState } from "react"
import type { Locale } from "@fupin/shared"
import { mobileLogin, type MobileLoginState } from "@/lib/actions/account"
import { buttonPrimary, buttonSecondary, Field, FormMessage } from "@/modules/common/components/field"

const EMPTY: MobileLoginState = { error: null, fields: {}, values: {}, mode: "code" }

/** Seconds until another code may be asked for (0: now), ticking once a second. */
function useCountdown(until: number | undefined): number {
  const [seconds, setSeconds] = useState(0)
  useEffect(() => {
    const left = () => (until ? Math.max(0, Math.ceil((until - Date.now()) / 1000)) : 0)
    setSeconds(left())
    if (!until) return
    const timer = setInterval(() => {
      const s = left()
      setSeconds(s)
      if (s === 0) clearInterval(timer)
    }, 1000)
    return () => clearInterval(timer)
  }, [until])
  return seconds
}

/**
 * 手机号登录: the mobile, then a one-time code by SMS (获取验证码, again after a minute) or,
 * for a shopper who set one, the password. A new number is registered by its first code.
 */
export function MobileLoginForm({ locale, next }: { locale: Locale; next: string }) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState(mobileLogin, EMPTY)
  const [mode, setMode] = useState<"code" | "password">(state.mode ?? "code")
  const wait = useCountdown(state.resendAt)
  const sent = state.done && mode === "code"
  return (
    <form action={action} noValidate className="space-y-4" data-testid="mobile-login">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next} />
      <input type="hidden" name="mode" value={mode} />
      <p className="text-sm text-earth-700">{t("mobileLoginIntro")}</p>
      <FormMessage error={state.error} success={sent && !state.error ? t("codeSent", { mobile: state.values.mobile ?? "" }) : null} />
      <Field
        name="mobile"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        label={t("mobileNumber")}
        defaultValue={state.values.mobile}
        error={state.fields.mobile}
        required
      />
      {mode === "code" ? (
        <div className="flex items-end gap-3">
          <Field
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            label={t("mobileCode")}
            error={state.fields.code}
            className="min-w-0 flex-1"
          />
          <button type="submit" name="intent" value="send" disabled={pending || wait > 0} className={buttonSecondary + " min-h-11 shrink-0"}>
            {wait > 0 ? t("resendIn", { seconds: String(wait) }) : t("sendCode")}
          </button>
        </div>
      ) : (
        <Field name="password" type="password" autoComplete="current-password" label={t("mobilePassword")} error={state.fields.password} required />
      )}
      <button type="submit" name="intent" value="login" disabled={pending} className={buttonPrimary + " w-full"}>
        {pending ? t("submitting") : mode === "code" ? t("codeLogin") : t("passwordLogin")}
      </button>
      <button
        type="button"
        onClick={() => setMode(mode === "code" ? "password" : "code")}
        className="text-sm font-medium text-brand-700 underline underline-offset-4"
      >
        {mode === "code" ? t("usePassword") : t("useCode")}
      </button>
    </form>
  )
}
