"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import type { Locale } from "@fupin/shared"
import { addAddress, type FormState } from "@/lib/actions/account"
import { buttonPrimary, buttonSecondary, Field, FormMessage } from "@/modules/common/components/field"
import { RegionPicker } from "@/modules/common/components/region-picker"

/** The "add an address" form of the account page (Chinese format, mobile checked). */
export function AddAddressForm({ locale }: { locale: Locale }) {
  const t = useTranslations()
  const [open, setOpen] = useState(false)
  const [state, action, pending] = useActionState<FormState, FormData>(addAddress, { error: null, fields: {}, values: {} })
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className={buttonSecondary}>
        {t("account.addAddress")}
      </button>
    )
  }
  const v = (name: string) => state.values[name] ?? ""
  const e = (name: string) => state.fields[name]
  return (
    <form action={action} noValidate className="space-y-4 rounded-xl bg-earth-50 p-4" key={state.done ? "saved" : "editing"}>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="name" autoComplete="name" label={t("checkout.name")} defaultValue={v("name")} error={e("name")} required />
        <Field name="mobile" type="tel" autoComplete="tel" label={t("checkout.mobile")} hint={t("checkout.mobileHint")} defaultValue={v("mobile")} error={e("mobile")} required />
      </div>
      <RegionPicker
        labels={{ province: t("checkout.province"), city: t("checkout.city"), district: t("checkout.district"), choose: t("checkout.chooseRegion") }}
        defaults={{ province: v("province"), city: v("city"), district: v("district") }}
        errors={{ province: e("province"), city: e("city"), district: e("district") }}
      />
      <Field name="detail" label={t("checkout.detail")} hint={t("checkout.detailHint")} defaultValue={v("detail")} error={e("detail")} required />
      <button type="submit" disabled={pending} className={buttonPrimary}>
        {pending ? t("checkout.saving") : t("account.saveAddress")}
      </button>
    </form>
  )
}
