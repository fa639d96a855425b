"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { InstitutionInvoiceDetailsDTO, Locale } from "@fupin/shared"
import { type InvoiceFormState, saveInvoiceDetails } from "@/lib/actions/institution-invoice"
import { buttonPrimary, Field, FormMessage } from "@/modules/common/components/field"

/** The admin's form for the 开票信息; what was typed stays on an error, each problem under its field. */
export function InvoiceForm({ invoice, locale }: { invoice: InstitutionInvoiceDetailsDTO | null; locale: Locale }) {
  const t = useTranslations("institution.invoice")
  const [state, save, saving] = useActionState<InvoiceFormState, FormData>(saveInvoiceDetails, { error: null, fields: {}, values: invoice ?? {} })
  const value = (f: keyof InstitutionInvoiceDetailsDTO) => state.values[f] ?? ""
  return (
    <form action={save} noValidate className="grid gap-4 sm:grid-cols-2" data-testid="invoice-form">
      <input type="hidden" name="locale" value={locale} />
      <Field name="title" label={t("title")} defaultValue={value("title")} error={state.fields.title} required className="sm:col-span-2" />
      <Field name="tax_id" label={t("taxId")} hint={t("taxIdHint")} defaultValue={value("tax_id")} error={state.fields.tax_id} required autoCapitalize="characters" />
      <Field name="phone" type="tel" inputMode="tel" label={t("phone")} defaultValue={value("phone")} error={state.fields.phone} required />
      <Field name="address" label={t("address")} defaultValue={value("address")} error={state.fields.address} required className="sm:col-span-2" />
      <Field name="bank" label={t("bank")} defaultValue={value("bank")} error={state.fields.bank} required />
      <Field name="account" inputMode="numeric" label={t("account")} defaultValue={value("account")} error={state.fields.account} required />
      <div className="sm:col-span-2">
        <FormMessage error={state.error} success={state.done} />
        <button type="submit" className={`${buttonPrimary} mt-2`} disabled={saving}>
          {saving ? t("saving") : t("save")}
        </button>
      </div>
    </form>
  )
}
