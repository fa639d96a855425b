"use client"

import { useActionState } from "react"
import type { Locale } from "@fupin/shared"
import { importStock, setStock } from "@/lib/actions/supplier-portal"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { buttonPrimary, FormMessage } from "@/modules/common/components/field"
import { EMPTY_FORM } from "./auth-forms"
import { controlClass } from "./fields"

/** One size's stock: the new count, saved at once. */
export function StockRowForm({ locale, variantId, label, stock, readOnly }: { locale: Locale; variantId: string; label: string; stock: number; readOnly: boolean }) {
  const dict = getPortalDictionary(locale).stock
  const [state, action, pending] = useActionState(setStock, EMPTY_FORM)
  const id = `stock-${variantId}`
  const error = state.fields.stock
  return (
    <form action={action} noValidate className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="variant_id" value={variantId} />
      <fieldset disabled={readOnly || pending} className="flex flex-1 items-end gap-2">
        <div className="flex-1">
          <label htmlFor={id} className="block text-sm font-medium text-earth-800">
            {dict.newQuantity}
            <span className="sr-only"> {label}</span>
          </label>
          <input
            id={id}
            name="stock"
            inputMode="numeric"
            defaultValue={state.values.stock ?? String(stock)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className={controlClass(error)}
          />
        </div>
        <button type="submit" className={buttonPrimary + " min-h-12 px-5"}>
          {dict.save}
          <span className="sr-only"> {label}</span>
        </button>
      </fieldset>
      {error ? (
        <p id={`${id}-error`} className="w-full text-sm font-medium text-brand-700">
          {error}
        </p>
      ) : null}
      {state.notice ? (
        <p role="status" className="w-full text-sm font-medium text-emerald-800">
          {state.notice}
        </p>
      ) : null}
      {state.error ? <FormMessage error={state.error} /> : null}
    </form>
  )
}

/** The bulk update from a CSV/XLSX sheet, with the backend's row-by-row report. */
export function StockImportForm({ locale, readOnly }: { locale: Locale; readOnly: boolean }) {
  const dict = getPortalDictionary(locale).stock
  const [state, action, pending] = useActionState(importStock, EMPTY_FORM)
  const error = state.fields.file
  return (
    <form action={action} noValidate className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error} success={state.notice ?? null} />
      <fieldset disabled={readOnly || pending} className="space-y-3">
        <div>
          <label htmlFor="stock-file" className="block text-sm font-medium text-earth-800">
            {dict.file}
          </label>
          <input
            id="stock-file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "stock-file-error" : undefined}
            className={controlClass(error) + " file:mr-3 file:rounded-full file:border-0 file:bg-brand-50 file:px-4 file:py-2 file:font-semibold file:text-brand-700"}
          />
          {error ? (
            <p id="stock-file-error" className="mt-1 text-sm font-medium text-brand-700">
              {error}
            </p>
          ) : null}
        </div>
        <button type="submit" className={buttonPrimary + " min-h-12 w-full"}>
          {pending ? getPortalDictionary(locale).common.submitting : dict.upload}
        </button>
      </fieldset>
      {state.report ? (
        <table className="w-full text-left text-sm" data-testid="import-report">
          <caption className="pb-1 text-left font-bold text-earth-900">{dict.report}</caption>
          <thead>
            <tr className="text-earth-600">
              <th scope="col" className="py-1 pr-2">
                {dict.row}
              </th>
              <th scope="col" className="py-1 pr-2">
                SKU
              </th>
              <th scope="col" className="py-1">
                {dict.result}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-earth-100">
            {state.report.rows.map((r) => (
              <tr key={r.row} className={r.outcome === "error" ? "text-brand-800" : "text-earth-900"}>
                <td className="py-1.5 pr-2">{r.row}</td>
                <td className="py-1.5 pr-2">{r.sku ?? r.variant_id ?? "—"}</td>
                <td className="py-1.5">{r.outcome === "error" ? r.message : `${dict.rowOk} → ${r.stock}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </form>
  )
}
