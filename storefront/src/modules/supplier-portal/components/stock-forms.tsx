"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { Locale } from "@fupin/shared"
import { importStock, type PortalFormState, setLowStockThreshold, setStock } from "@/lib/actions/supplier-portal"
import { buttonPrimary, FormMessage } from "@/modules/common/components/field"
import { EMPTY_FORM } from "./auth-forms"
import { controlClass } from "./fields"

type NumberAction = (prev: PortalFormState, formData: FormData) => Promise<PortalFormState>

/** One whole number saved at once (a size's stock, the low-stock alert): the field, its button, the outcome. */
function OneNumberForm({
  action: save,
  locale,
  name,
  id,
  label,
  srLabel,
  value,
  button,
  readOnly,
  hidden = {},
}: {
  action: NumberAction
  locale: Locale
  name: string
  id: string
  label: string
  /** what a screen reader hears after the label and the button (the size it is about) */
  srLabel?: string
  value: number
  button: string
  readOnly: boolean
  hidden?: Record<string, string>
}) {
  const [state, action, pending] = useActionState(save, EMPTY_FORM)
  const error = state.fields[name]
  return (
    <form action={action} noValidate className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <fieldset disabled={readOnly || pending} className="flex flex-1 items-end gap-2">
        <div className="flex-1">
          <label htmlFor={id} className="block text-sm font-medium text-earth-800">
            {label}
            {srLabel ? <span className="sr-only"> {srLabel}</span> : null}
          </label>
          <input
            id={id}
            name={name}
            inputMode="numeric"
            defaultValue={state.values[name] ?? String(value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className={controlClass(error)}
          />
        </div>
        <button type="submit" className={buttonPrimary + " min-h-12 px-5"}>
          {button}
          {srLabel ? <span className="sr-only"> {srLabel}</span> : null}
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

/** 低库存提醒: at or below how many of a size 今日 warns. */
export function LowStockThresholdForm({ locale, threshold, readOnly }: { locale: Locale; threshold: number; readOnly: boolean }) {
  const t = useTranslations("supplierPortal.stock")
  return (
    <OneNumberForm
      action={setLowStockThreshold}
      locale={locale}
      name="low_stock_threshold"
      id="low-stock-threshold"
      label={t("thresholdLabel")}
      value={threshold}
      button={t("thresholdSave")}
      readOnly={readOnly}
    />
  )
}

/** One size's stock: the new count, saved at once. */
export function StockRowForm({ locale, variantId, label, stock, readOnly }: { locale: Locale; variantId: string; label: string; stock: number; readOnly: boolean }) {
  const t = useTranslations("supplierPortal.stock")
  return (
    <OneNumberForm
      action={setStock}
      locale={locale}
      name="stock"
      id={`stock-${variantId}`}
      label={t("newQuantity")}
      srLabel={label}
      value={stock}
      button={t("save")}
      readOnly={readOnly}
      hidden={{ variant_id: variantId }}
    />
  )
}

/** The bulk update from a CSV/XLSX sheet, with the backend's row-by-row report. */
export function StockImportForm({ locale, readOnly }: { locale: Locale; readOnly: boolean }) {
  const t = useTranslations("supplierPortal.stock")
  const tp = useTranslations("supplierPortal")
  const [state, action, pending] = useActionState(importStock, EMPTY_FORM)
  const error = state.fields.file
  return (
    <form action={action} noValidate className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error} success={state.notice ?? null} />
      <fieldset disabled={readOnly || pending} className="space-y-3">
        <div>
          <label htmlFor="stock-file" className="block text-sm font-medium text-earth-800">
            {t("file")}
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
          {pending ? tp("common.submitting") : t("upload")}
        </button>
      </fieldset>
      {state.report ? (
        <table className="w-full text-left text-sm" data-testid="import-report">
          <caption className="pb-1 text-left font-bold text-earth-900">{t("report")}</caption>
          <thead>
            <tr className="text-earth-600">
              <th scope="col" className="py-1 pr-2">
                {t("row")}
              </th>
              <th scope="col" className="py-1 pr-2">
                SKU
              </th>
              <th scope="col" className="py-1">
                {t("result")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-earth-100">
            {state.report.rows.map((r) => (
              <tr key={r.row} className={r.outcome === "error" ? "text-brand-800" : "text-earth-900"}>
                <td className="py-1.5 pr-2">{r.row}</td>
                <td className="py-1.5 pr-2">{r.sku ?? r.variant_id ?? "—"}</td>
                <td className="py-1.5">{r.outcome === "error" ? r.message : `${t("rowOk")} → ${r.stock}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </form>
  )
}
