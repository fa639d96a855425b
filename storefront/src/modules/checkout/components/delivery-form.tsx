"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect, useState, useTransition } from "react"
import type { Locale, StoreServiceStationDTO } from "@fupin/shared"
import type { FormState } from "@/lib/actions/account"
import { pickupStations, saveDelivery } from "@/lib/actions/checkout"
import { buttonPrimary, FormMessage } from "@/modules/common/components/field"

export interface PickupCounty {
  handle: string
  name: string
  townships: Array<{ id: string; name: string }>
}

const select =
  "mt-1 block w-full rounded-lg border bg-white px-3 py-2.5 text-base text-earth-900 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"

/** Step 2: home delivery, or pickup at a service station chosen by county → township → station. */
export function DeliveryForm({
  counties,
  defaults,
  homePrice,
  locale,
}: {
  counties: PickupCounty[]
  defaults: Record<string, string>
  homePrice: string | null
  locale: Locale
}) {
  const dict = useTranslations("checkout")
  const [state, action, pending] = useActionState<FormState, FormData>(saveDelivery, { error: null, fields: {}, values: defaults })
  const initial = { ...defaults, ...state.values }
  const [method, setMethod] = useState(initial.method || "home")
  const [county, setCounty] = useState(initial.county ?? "")
  const [township, setTownship] = useState(initial.township ?? "")
  const [station, setStation] = useState(initial.station ?? "")
  const [stations, setStations] = useState<StoreServiceStationDTO[] | null>(null)
  const [loading, startLoading] = useTransition()
  const townships = counties.find((c) => c.handle === county)?.townships ?? []

  useEffect(() => {
    if (method !== "pickup" || !county || !township) {
      setStations(null)
      return
    }
    let live = true
    startLoading(async () => {
      const list = await pickupStations(county, township)
      if (live) setStations(list)
    })
    return () => {
      live = false
    }
  }, [method, county, township])

  const current: Record<string, string> = { method, county, township, station }
  // An error is about what was submitted: once the shopper changes that field, it goes away.
  const e = (name: string) => (current[name] === (state.values[name] ?? "") ? state.fields[name] : undefined)
  const errorProps = (name: string) =>
    e(name) ? { "aria-invalid": true as const, "aria-describedby": `delivery-${name}-error` } : {}
  const errorText = (name: string) =>
    e(name) ? (
      <p id={`delivery-${name}-error`} className="mt-1 text-sm font-medium text-brand-700">
        {e(name)}
      </p>
    ) : null

  const option = (value: string, title: string, body: string, price: string | null) => (
    <label
      className={
        "flex cursor-pointer items-start gap-3 rounded-xl border bg-white p-3 has-[:focus-visible]:ring-3 has-[:focus-visible]:ring-gold-500 " +
        (method === value ? "border-brand-600 ring-1 ring-brand-600" : "border-earth-200")
      }
    >
      <input
        type="radio"
        name="method"
        value={value}
        checked={method === value}
        onChange={() => setMethod(value)}
        className="mt-1 h-4 w-4 accent-brand-600"
      />
      <span className="flex-1">
        <span className="flex justify-between gap-2 font-semibold text-earth-900">
          {title}
          {price ? <span className="text-brand-600">{price}</span> : null}
        </span>
        <span className="block text-sm text-earth-600">{body}</span>
      </span>
    </label>
  )

  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error} />
      <fieldset>
        <legend className="sr-only">{dict("stepDelivery")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {option("home", dict("homeDelivery"), dict("homeDeliveryBody"), homePrice)}
          {option("pickup", dict("pickup"), dict("pickupBody"), dict("free"))}
        </div>
        {errorText("method")}
      </fieldset>

      {method === "pickup" ? (
        <div className="grid gap-4 rounded-xl bg-earth-50 p-4 sm:grid-cols-3">
          <div>
            <label htmlFor="pickup-county" className="block text-sm font-medium text-earth-800">
              {dict("pickupCounty")}
            </label>
            <select
              id="pickup-county"
              name="county"
              value={county}
              onChange={(ev) => {
                setCounty(ev.target.value)
                setTownship("")
                setStation("")
              }}
              className={select + (e("county") ? " border-brand-600" : " border-earth-200")}
              {...errorProps("county")}
            >
              <option value="">{dict("choose")}</option>
              {counties.map((c) => (
                <option key={c.handle} value={c.handle}>
                  {c.name}
                </option>
              ))}
            </select>
            {errorText("county")}
          </div>
          <div>
            <label htmlFor="pickup-township" className="block text-sm font-medium text-earth-800">
              {dict("pickupTownship")}
            </label>
            <select
              id="pickup-township"
              name="township"
              value={township}
              disabled={!county}
              onChange={(ev) => {
                setTownship(ev.target.value)
                setStation("")
              }}
              className={select + (e("township") ? " border-brand-600" : " border-earth-200")}
              {...errorProps("township")}
            >
              <option value="">{dict("choose")}</option>
              {townships.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
            {errorText("township")}
          </div>
          <div>
            <label htmlFor="pickup-station" className="block text-sm font-medium text-earth-800">
              {dict("pickupStation")}
            </label>
            <select
              id="pickup-station"
              name="station"
              value={station}
              disabled={!township || loading || !stations?.length}
              onChange={(ev) => setStation(ev.target.value)}
              className={select + (e("station") ? " border-brand-600" : " border-earth-200")}
              {...errorProps("station")}
            >
              <option value="">{loading ? dict("loadingStations") : dict("choose")}</option>
              {(stations ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            {errorText("station")}
          </div>
          <div className="sm:col-span-3" aria-live="polite">
            {stations && stations.length === 0 && !loading ? <p className="text-sm text-brand-800">{dict("noStations")}</p> : null}
            {(() => {
              const chosen = stations?.find((s) => s.id === station)
              return chosen ? (
                <p className="text-sm text-earth-800">
                  {chosen.address} · {dict("openingHours", { hours: chosen.opening_hours })}
                </p>
              ) : null
            })()}
          </div>
        </div>
      ) : null}

      <button type="submit" disabled={pending} className={buttonPrimary}>
        {pending ? dict("saving") : dict("saveAndContinue")}
      </button>
    </form>
  )
}
