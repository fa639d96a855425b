"use client"

import { useEffect, useRef, useState } from "react"
import type { Locale, StoreCounty } from "@fupin/shared"
import { SelectField } from "./fields"

/**
 * County, then one of its townships (from the geography API); the township list follows
 * the county. React resets a form after its action runs; the choice is put back after
 * every render, so a failed submit never loses it.
 */
export function CountyTownship({
  locale,
  counties,
  labels,
  initial,
  errors,
}: {
  locale: Locale
  counties: StoreCounty[]
  labels: { county: string; township: string; chooseCounty: string; chooseTownship: string }
  initial: { county?: string | undefined; township?: string | undefined }
  errors: { county?: string | undefined; township?: string | undefined }
}) {
  const [county, setCounty] = useState(initial.county ?? "")
  const [township, setTownship] = useState(initial.township ?? "")
  const countyRef = useRef<HTMLSelectElement>(null)
  const townshipRef = useRef<HTMLSelectElement>(null)
  useEffect(() => {
    if (countyRef.current) countyRef.current.value = county
    if (townshipRef.current) townshipRef.current.value = township
  })
  const townships = counties.find((c) => c.handle === county)?.townships ?? []
  return (
    <>
      <SelectField
        ref={countyRef}
        name="county_handle"
        label={labels.county}
        defaultValue={county}
        onChange={(e) => {
          setCounty(e.currentTarget.value)
          setTownship("")
        }}
        error={errors.county}
        required
      >
        <option value="">{labels.chooseCounty}</option>
        {counties.map((c) => (
          <option key={c.handle} value={c.handle}>
            {locale === "zh" ? c.name_zh : c.name_en}
          </option>
        ))}
      </SelectField>
      <SelectField
        ref={townshipRef}
        name="township_id"
        label={labels.township}
        defaultValue={township}
        onChange={(e) => setTownship(e.currentTarget.value)}
        disabled={!townships.length}
        error={errors.township}
        required
      >
        <option value="">{labels.chooseTownship}</option>
        {townships.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </SelectField>
    </>
  )
}
