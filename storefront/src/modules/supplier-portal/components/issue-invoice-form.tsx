"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { Locale } from "@fupin/shared"
import { issueInvoice, type PortalFormState } from "@/lib/actions/supplier-portal"
import { buttonPrimary, Field, FormMessage } from "@/modules/common/components/field"

/** Records the invoice issued for one request: its number and date; what was typed stays on an error. */
export function IssueInvoiceForm({ requestId, locale, number, date }: { requestId: string; locale: Locale; number?: string | null; date?: string | null }) {
  const t = useTranslations("supplierPortal.invoices")
  const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)
  const [state, save, saving] = useActionState<PortalFormState, FormData>(issueInvoice, { error: null, fields: {}, values: { invoice_number: number ?? "", issued_on: date ?? today } })
  return (
    <form action={save} noValidate className="mt-3 grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end" data-testid="issue-invoice">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="request_id" value={requestId} />
      <Field name="invoice_number" label={t("number")} defaultValue={state.values.invoice_number} error={state.fields.invoice_number} required inputMode="numeric" />
      <Field name="issued_on" type="date" label={t("date")} defaultValue={state.values.issued_on} error={state.fields.issued_on} max={today} required />
      <button type="submit" className={buttonPrimary} disabled={saving}>
        {t("save")}
      </button>
      <div className="sm:col-span-3">
        <FormMessage error={state.error} success={state.notice} />
      </div>
    </form>
  )
}
