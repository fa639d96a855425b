"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { Locale } from "@fupin/shared"
import { requestOrderClaims, type ClaimFormState } from "@/lib/actions/orders"
import { buttonSecondary, Field, FormMessage } from "@/modules/common/components/field"

/** 找不到以前的订单: e-mails a confirmation link for the guest orders of an address (the account's own by default). */
export function ClaimOrdersForm({ locale, email }: { locale: Locale; email: string }) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState<ClaimFormState, FormData>(requestOrderClaims, { error: null, success: null, email })
  return (
    <form action={action} noValidate className="mt-3 space-y-3" data-testid="claim-orders">
      <input type="hidden" name="locale" value={locale} />
      <p className="text-sm text-earth-700">{t("claimIntro")}</p>
      <FormMessage error={state.error} success={state.success} />
      <div className="flex flex-wrap items-end gap-3">
        <Field name="email" type="email" autoComplete="email" label={t("claimEmail")} defaultValue={state.email} className="min-w-0 flex-1" />
        <button type="submit" disabled={pending} className={buttonSecondary + " min-h-11"}>
          {pending ? t("submitting") : t("claimSubmit")}
        </button>
      </div>
    </form>
  )
}
