import { toast } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import {
  type AdminSupplier,
  type AdminSupplierResponse,
  creditCodeProblem,
  type CreditCodeProblem,
  LINKAGE_MECHANISMS,
  SUPPLIER_TYPES,
} from "@fupin/shared"
import { EntityFormDrawer, type FieldSpec, toBody } from "../../components/entity-form"
import { TownshipSelect } from "../../components/township-select"
import { COUNTY_CHOICES } from "../../lib/places"
import { sdk } from "../../lib/sdk"
import { MECHANISM_LABELS, TYPE_LABELS } from "./common"

const CREDIT_CODE_PROBLEMS: Record<CreditCodeProblem, string> = {
  length: "统一社会信用代码须为 18 位",
  character: "含有不允许的字符（只能是数字和除 I、O、Z、S、V 以外的大写字母）",
  check: "第 18 位校验码与前 17 位不符，请核对是否输错",
}

const wholeNumber = (v: unknown) => (Number.isInteger(Number(v)) && Number(v) >= 0 ? undefined : "须为不小于 0 的整数")

type SupplierValues = Record<string, unknown>

export const SUPPLIER_FIELDS: FieldSpec<SupplierValues>[] = [
  { name: "legal_name", label: "法定名称", required: true, check: (v) => (String(v).trim().length < 2 ? "至少 2 个字" : undefined) },
  {
    name: "credit_code",
    label: "统一社会信用代码",
    required: true,
    placeholder: "18 位，例如 93530129MA…",
    check: (v) => {
      const problem = creditCodeProblem(String(v))
      return problem ? CREDIT_CODE_PROBLEMS[problem] : undefined
    },
  },
  { name: "type", label: "主体类型", kind: "select", required: true, options: SUPPLIER_TYPES.map((t) => [t, TYPE_LABELS[t]]) },
  { name: "is_key", label: "重点企业", kind: "checkbox" },
  { name: "county_handle", label: "所在县区", kind: "select", required: true, options: COUNTY_CHOICES },
  {
    name: "township_id",
    label: "乡镇（街道）",
    render: ({ id, label, value, values, set, invalid }) => (
      <TownshipSelect id={id} label={label} county={values.county_handle} value={value} set={set} invalid={invalid} />
    ),
  },
  { name: "contact_name", label: "联系人" },
  {
    name: "contact_phone",
    label: "联系电话",
    placeholder: "0871-62000000 或 13800000000",
    check: (v) => (/^[0-9+\- ]{5,20}$/.test(String(v).trim()) ? undefined : "只能含数字、空格、+ 和 -，5–20 位"),
  },
  { name: "description", label: "简介", kind: "textarea" },
  { name: "households_bound", label: "联结建档立卡贫困户（户）", kind: "number", required: true, check: wholeNumber },
  {
    name: "people_bound",
    label: "联结人口（人）",
    kind: "number",
    required: true,
    check: (v, all) =>
      wholeNumber(v) ?? (Number(v) < Number(all.households_bound ?? 0) ? "人数不能少于户数（每户至少一人）" : undefined),
  },
  {
    name: "mechanisms",
    label: "联结方式",
    kind: "multi",
    options: LINKAGE_MECHANISMS.map((m) => [m, MECHANISM_LABELS[m]]),
    checkWhenEmpty: true,
    check: (v, all) => (Number(all.households_bound ?? 0) > 0 && !(Array.isArray(v) && v.length) ? "有联结户时请至少选一种" : undefined),
  },
  { name: "employees", label: "车间就业人数", kind: "number", check: wholeNumber, when: (v) => v.type === "workshop" },
]

const EMPTY: SupplierValues = { type: "cooperative", is_key: false, households_bound: "0", people_bound: "0", mechanisms: [] }

const valuesOf = (s: AdminSupplier): SupplierValues => ({
  ...Object.fromEntries(SUPPLIER_FIELDS.map((f) => [f.name, (s as unknown as Record<string, unknown>)[f.name] ?? ""])),
  households_bound: String(s.households_bound),
  people_bound: String(s.people_bound),
  employees: s.employees === null || s.employees === undefined ? "" : String(s.employees),
})

/** 新建 / 编辑供应商: a new supplier waits in the review queue; an edit keeps its status. */
export function SupplierFormDrawer({
  supplier,
  open,
  onOpenChange,
  onSaved,
}: {
  supplier?: AdminSupplier
  open: boolean
  onOpenChange: (open: boolean) => void
  onSaved?: (saved: AdminSupplier) => void
}) {
  const client = useQueryClient()
  return (
    <EntityFormDrawer
      title={supplier ? `编辑供应商：${supplier.legal_name}` : "新建供应商"}
      description={supplier ? "修改资料不改变审核状态" : "保存后进入审核队列，审核通过后方可上架商品"}
      open={open}
      onOpenChange={onOpenChange}
      fields={SUPPLIER_FIELDS}
      initial={supplier ? valuesOf(supplier) : EMPTY}
      submit={(values) =>
        sdk.client.fetch<AdminSupplierResponse>(supplier ? `/admin/suppliers/${supplier.id}` : "/admin/suppliers", {
          method: "POST",
          body: toBody(SUPPLIER_FIELDS, values, { forUpdate: !!supplier }),
        })
      }
      onSaved={(result) => {
        const saved = (result as AdminSupplierResponse).supplier
        void client.invalidateQueries({ queryKey: ["suppliers"] })
        toast.success(supplier ? "已保存" : `已新建：${saved.legal_name}（待审核）`)
        onSaved?.(saved)
      }}
    />
  )
}
