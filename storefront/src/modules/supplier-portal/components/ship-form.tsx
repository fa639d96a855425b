"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import type { Locale, StoreServiceStationDTO, SupplierOrderLine } from "@fupin/shared"
import { shipLines } from "@/lib/actions/supplier-portal"
import { buttonPrimary, Field, FormMessage } from "@/modules/common/components/field"
import { EMPTY_FORM } from "./auth-forms"
import { SelectField, useAnswerRound } from "./fields"

/**
 * Ship some of the supplier's own lines: how many of each, by courier (carrier and
 * tracking number) or handed to a service station, with the lot number (批次) and the
 * origin village for traceability.
 */
export function ShipForm({
  locale,
  orderId,
  lines,
  stations,
  pickupStationId,
  readOnly,
}: {
  locale: Locale
  orderId: string
  lines: SupplierOrderLine[]
  stations: StoreServiceStationDTO[]
  /** the station the buyer chose for pickup at checkout, preselected */
  pickupStationId?: string | null
  readOnly: boolean
}) {
  const portal = useTranslations("supplierPortal")
  const t = useTranslations("supplierPortal.orders")
  const [state, action, pending] = useActionState(shipLines, EMPTY_FORM)
  const [method, setMethod] = useState<"carrier" | "station">(
    state.values.method === "station" || (!state.values.method && pickupStationId && stations.some((s) => s.id === pickupStationId)) ? "station" : "carrier"
  )
  const round = useAnswerRound(state)
  const v = state.values
  const f = state.fields
  const open = lines.filter((l) => l.quantity - l.fulfilled_quantity > 0)
  if (!open.length) return state.notice ? <FormMessage success={state.notice} /> : null
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
      <FormMessage error={state.error} success={state.notice ?? null} />
      <fieldset disabled={readOnly || pending} className="space-y-4">
        {f.items ? <p className="text-sm font-medium text-brand-700">{f.items}</p> : null}
        <ul className="space-y-3">
          {open.map((line) => {
            const left = line.quantity - line.fulfilled_quantity
            return (
              <li key={line.id} className="rounded-xl bg-earth-50 p-3">
                <input type="hidden" name="line_ids" value={line.id} />
                <input type="hidden" name={`left.${line.id}`} value={left} />
                <p className="font-semibold text-earth-900">
                  {line.title} · {line.variant_title}
                </p>
                <Field
                  name={`quantity.${line.id}`}
                  inputMode="numeric"
                  label={`${t("quantity")}（≤ ${left}）`}
                  defaultValue={v[`quantity.${line.id}`] ?? String(left)}
                  error={f[`quantity.${line.id}`]}
                />
              </li>
            )
          })}
        </ul>
        <fieldset key={`method-${round}`}>
          <legend className="text-sm font-medium text-earth-800">{t("method")}</legend>
          <div className="mt-1 grid grid-cols-2 gap-2">
            {(["carrier", "station"] as const).map((m) => (
              <label key={m} className="flex min-h-12 items-center gap-2 rounded-lg border border-earth-200 bg-white px-3 text-base">
                <input type="radio" name="method" value={m} defaultChecked={method === m} onChange={() => setMethod(m)} className="h-5 w-5 accent-brand-600" />
                {m === "carrier" ? t("methodCarrier") : t("methodStation")}
              </label>
            ))}
          </div>
        </fieldset>
        {method === "carrier" ? (
          <div className="grid gap-3 sm:grid-cols-2">
            <Field name="carrier" label={t("carrier")} hint={t("carrierHint")} defaultValue={v.carrier} error={f.carrier} required />
            <Field name="tracking_number" label={t("tracking")} inputMode="text" defaultValue={v.tracking_number} error={f.tracking_number} required />
          </div>
        ) : (
          <SelectField key={`station-${round}`} name="station_id" label={t("station")} defaultValue={v.station_id ?? pickupStationId ?? ""} error={f.station_id} required>
            <option value="">{t("chooseStation")}</option>
            {stations.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectField>
        )}
        <Field name="lot_number" label={t("lot")} hint={t("lotHint")} defaultValue={v.lot_number} error={f.lot_number} required />
        <Field name="origin_village" label={t("village")} hint={t("villageHint")} defaultValue={v.origin_village} error={f.origin_village} required />
        <button type="submit" className={buttonPrimary + " min-h-12 w-full"}>
          {pending ? portal("common.submitting") : t("shipSubmit")}
        </button>
      </fieldset>
    </form>
  )
}
