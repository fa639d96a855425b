"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { Locale } from "@fupin/shared"
import type { FormState } from "@/lib/actions/account"
import { saveAddress } from "@/lib/actions/checkout"
import { buttonPrimary, Field, FormMessage } from "@/modules/common/components/field"
import { RegionPicker } from "@/modules/common/components/region-picker"

/** Step 1: the Chinese address with its mobile, and an optional e-mail. What was typed comes back with the errors. */
export function AddressForm({ defaults, locale, canSave = false }: { defaults: Record<string, string>; locale: Locale; canSave?: boolean }) {
  const t = useTranslations("checkout")
  const [state, action, pending] = useActionState<FormState, FormData>(saveAddress, { error: null, fields: {}, values: defaults })
  const v = (name: string) => state.values[name] ?? defaults[name] ?? ""
  const e = (name: string) => state.fields[name]
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error} />
      <Field
        name="email"
        type="email"
        autoComplete="email"
        label={t("email")}
        hint={canSave ? t("emailOptionalHint") : t("emailGuestHint")}
        defaultValue={v("email")}
        error={e("email")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="name" autoComplete="name" label={t("name")} defaultValue={v("name")} error={e("name")} required />
        <Field
          name="mobile"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          label={t("mobile")}
          hint={t("mobileHint")}
          defaultValue={v("mobile")}
          error={e("mobile")}
          required
        />
      </div>
      <RegionPicker
        labels={{ province: t("province"), city: t("city"), district: t("district"), choose: t("chooseRegion") }}
        defaults={{ province: v("province"), city: v("city"), district: v("district") }}
        errors={{ province: e("province"), city: e("city"), district: e("district") }}
      />
      <Field
        name="detail"
        autoComplete="street-address"
        label={t("detail")}
        hint={t("detailHint")}
        defaultValue={v("detail")}
        error={e("detail")}
        required
      />
      <Field
        name="postal_code"
        inputMode="numeric"
        autoComplete="postal-code"
        label={t("postalCode")}
        defaultValue={v("postal_code")}
        error={e("postal_code")}
        className="sm:w-1/3"
      />
      {canSave ? (
        // a logged-in shopper keeps the address for next time (skipped when it is saved already)
        <label className="flex min-h-11 items-center gap-2 text-sm text-earth-800">
          <input type="checkbox" name="save_address" defaultChecked className="h-4 w-4 accent-brand-600" />
          {t("saveToAddressBook")}
        </label>
      ) : null}
      <button type="submit" disabled={pending} className={buttonPrimary}>
        {pending ? t("saving") : t("saveAndContinue")}
      </button>
    </form>
  )
}
