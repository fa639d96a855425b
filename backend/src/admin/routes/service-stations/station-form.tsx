import { toast } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { type AdminServiceStationDTO, openingHoursProblem } from "@fupin/shared"
import { EntityFormDrawer, type FieldSpec, toBody } from "../../components/entity-form"
import { TownshipSelect } from "../../components/township-select"
import { sdk } from "../../lib/sdk"
import { countyName } from "../institutions/common"

type StationValues = Record<string, unknown>

/** Stations serve the three delisted poverty counties (摘帽县区). */
const STATION_COUNTIES = ["dongchuan", "luquan", "xundian"].map((h) => [h, countyName(h)] as [string, string])

export const STATION_FIELDS: FieldSpec<StationValues>[] = [
  { name: "name", label: "服务站名称", required: true, check: (v) => (String(v).trim().length > 100 ? "不超过 100 个字" : undefined) },
  { name: "county_handle", label: "所在县区", kind: "select", required: true, options: STATION_COUNTIES },
  {
    name: "township_id",
    label: "乡镇（街道）",
    required: true,
    render: ({ id, label, value, values, set, invalid }) => (
      <TownshipSelect id={id} label={label} county={values.county_handle} value={value} set={set} invalid={invalid} />
    ),
  },
  { name: "address", label: "地址", required: true, check: (v) => (String(v).trim().length > 300 ? "不超过 300 个字" : undefined) },
  {
    name: "opening_hours",
    label: "营业时间",
    required: true,
    placeholder: "08:30–18:00",
    check: (v) => {
      const problem = openingHoursProblem(String(v).trim())
      return problem === "format" ? "格式为 08:30–18:00" : problem === "order" ? "打烊时间须晚于开门时间" : undefined
    },
  },
  {
    name: "phone",
    label: "服务站电话",
    placeholder: "13800000000 或 0871-62000000",
    check: (v) => (/^(1\d{10}|0\d{2,3}-?\d{7,8})$/.test(String(v).trim()) ? undefined : "须为 11 位手机号或带区号的座机号"),
  },
  { name: "pickup_enabled", label: "可作为自提点", kind: "checkbox" },
  { name: "is_active", label: "运营中", kind: "checkbox" },
]

const valuesOf = (s: AdminServiceStationDTO): StationValues => ({ ...s, phone: s.phone ?? "" })

/** 新建 / 编辑电商服务站 */
export function StationFormDrawer({
  station,
  open,
  onOpenChange,
}: {
  station?: AdminServiceStationDTO
  open: boolean
  onOpenChange: (open: boolean) => void
}) {
  const client = useQueryClient()
  return (
    <EntityFormDrawer
      title={station ? `编辑服务站：${station.name}` : "新建电商服务站"}
      open={open}
      onOpenChange={onOpenChange}
      fields={STATION_FIELDS}
      initial={station ? valuesOf(station) : { pickup_enabled: true, is_active: true }}
      submit={(values) => {
        const body = toBody(STATION_FIELDS, values, { forUpdate: !!station })
        // a village station is created from the API; the form keeps the station's village as it is
        return sdk.client.fetch(station ? `/admin/service-stations/${station.id}` : "/admin/service-stations", { method: "POST", body })
      }}
      onSaved={() => {
        void client.invalidateQueries({ queryKey: ["service-stations"] })
        toast.success(station ? "已保存" : "已新建服务站")
      }}
    />
  )
}
