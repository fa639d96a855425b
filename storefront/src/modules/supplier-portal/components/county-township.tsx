"use client"

import { useState } from "react"
import type { Locale, StoreCounty } from "@fupin/shared"
import { SelectField } from "./fields"

/** County, then one of its townships (from the geography API); the township list follows the county. */
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
  const townships = counties.find((c) => c.handle === county)?.townships ?? []
  return (
    <>
      <SelectField
        name="county_handle"
        label={labels.county}
        value={county}
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
        name="township_id"
        label={labels.township}
        value={township}
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
