"use client"

import { useTranslations } from "next-intl"
import Link from "next/link"
import { useActionState } from "react"
import type { Locale } from "@fupin/shared"
import type { FormState } from "@/lib/actions/account"
import { placeOrder } from "@/lib/actions/checkout"
import { localizedHref } from "@/lib/i18n/paths"
import { buttonPrimary, FormMessage } from "@/modules/common/components/field"

/** Step 4's button; a refusal (certificate lost, stock gone) is shown as the backend words it. */
export function PlaceOrder({ locale }: { locale: Locale }) {
  const t = useTranslations("checkout")
  const [state, action, pending] = useActionState<FormState, FormData>(placeOrder, { error: null, fields: {}, values: {} })
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <div data-testid="place-order-error" className="space-y-2">
        <FormMessage error={state.error} />
        {state.error ? (
          <Link href={localizedHref(locale, "/cart")} className="inline-block text-sm font-semibold text-brand-700 underline underline-offset-4">
            {t("editCart")}
          </Link>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className={buttonPrimary + " w-full sm:w-auto"}>
        {pending ? t("placing") : t("placeOrder")}
      </button>
    </form>
  )
}
