"use client"

import { useState } from "react"
import { useFormResets } from "../hooks/use-form-resets"
import { SelectField } from "./select-field"
import { citiesOf, DEFAULT_CITY, DEFAULT_PROVINCE, divisionOptions, type Division } from "@fupin/shared/divisions"

export interface RegionValue {
  province: string
  city: string
  district: string
}

export interface RegionLabels {
  province: string
  city: string
  district: string
  /** the empty choice of a list, e.g. 请选择 */
  choose: string
}

function Level({
  name,
  label,
  choose,
  value,
  options,
  error,
  autoComplete,
  onChange,
}: {
  name: keyof RegionValue
  label: string
  choose: string
  value: string
  options: Division[]
  error?: string | undefined
  autoComplete: string
  onChange: (name: string) => void
}) {
  // an address saved before the picker existed may name a place the list spells otherwise: keep it visible
  const unknown = value && !options.some((o) => o.name === value)
  return (
    <SelectField
      name={name}
      label={label}
      error={error}
      value={value}
      required
      autoComplete={autoComplete}
      disabled={options.length === 0 && !unknown}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{choose}</option>
      {unknown ? <option value={value}>{value}</option> : null}
      {options.map((o) => (
        <option key={o.code} value={o.name}>
          {o.name}
        </option>
      ))}
    </SelectField>
  )
}

/**
 * 省 → 市 → 区县 chosen from the registry's administrative divisions
 * (`@fupin/shared/divisions`), Yunnan and Kunming preselected. Each level's
 * list follows the one above it; a municipality's only city is chosen for the
 * shopper. The form posts the names, as Medusa's address stores them.
 */
export function RegionPicker({
  labels,
  defaults,
  errors = {},
}: {
  labels: RegionLabels
  defaults: Partial<RegionValue>
  errors?: Partial<Record<keyof RegionValue, string | undefined>>
}) {
  const [value, setValue] = useState<RegionValue>(() => {
    const province = defaults.province?.trim() || DEFAULT_PROVINCE
    const city = defaults.city?.trim() || (province === DEFAULT_PROVINCE ? DEFAULT_CITY : "")
    return { province, city, district: defaults.district?.trim() ?? "" }
  })
  const lists = divisionOptions(value)
  // the lists are drawn afresh after every reset of the form (useFormResets says why)
  const [ref, resets] = useFormResets<HTMLDivElement>()

  const chooseProvince = (province: string) => {
    const code = lists.provinces.find((p) => p.name === province)?.code
    const cities = code ? citiesOf(code) : []
    setValue({ province, city: cities.length === 1 ? cities[0]!.name : "", district: "" })
  }
  return (
    <div ref={ref} key={resets} className="grid gap-4 sm:grid-cols-3" data-testid="region-picker">
      <Level
        name="province"
        label={labels.province}
        choose={labels.choose}
        value={value.province}
        options={lists.provinces}
        error={errors.province}
        autoComplete="address-level1"
        onChange={chooseProvince}
      />
      <Level
        name="city"
        label={labels.city}
        choose={labels.choose}
        value={value.city}
        options={lists.cities}
        error={errors.city}
        autoComplete="address-level2"
        onChange={(city) => setValue({ ...value, city, district: "" })}
      />
      <Level
        name="district"
        label={labels.district}
        choose={labels.choose}
        value={value.district}
        options={lists.districts}
        error={errors.district}
        autoComplete="address-level3"
        onChange={(district) => setValue({ ...value, district })}
      />
    </div>
  )
}
