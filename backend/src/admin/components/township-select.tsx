import { useTownshipChoices } from "../lib/places"
import { ChoiceSelect } from "./entity-form"

/** The townships of the county chosen in the same form (a form field's custom control). */
export function TownshipSelect(props: {
  id: string
  label: string
  county: unknown
  value: unknown
  set: (value: unknown) => void
  invalid: boolean
}) {
  const options = useTownshipChoices(typeof props.county === "string" ? props.county : undefined)
  return <ChoiceSelect {...props} options={options} placeholder={props.county ? "请选择乡镇（街道）" : "请先选择县区"} />
}
