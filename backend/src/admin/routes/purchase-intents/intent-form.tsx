import { toast } from "@medusajs/ui"
import { useQuery, useQueryClient } from "@tanstack/react-query"
import type { IntentAgreementDTO } from "@fupin/shared"
import { ChoiceSelect, EntityFormDrawer, type FieldSpec, toBody } from "../../components/entity-form"
import { COUNTY_CHOICES } from "../../lib/places"
import { sdk } from "../../lib/sdk"

type IntentValues = Record<string, unknown>

/** Approved institutions (采购单位) as options: only they may sign agreements. */
function InstitutionSelect(props: { id: string; label: string; value: unknown; set: (v: unknown) => void; invalid: boolean }) {
  const { data } = useQuery({
    queryKey: ["institutions", "approved-options"],
    queryFn: () =>
      sdk.client.fetch<{ institutions: Array<{ id: string; name: string }> }>("/admin/institutions", {
        query: { status: "approved", limit: 200, fields: "id,name" },
      }),
  })
  return <ChoiceSelect {...props} options={(data?.institutions ?? []).map((i) => [i.id, i.name])} placeholder="请选择已审核的采购单位" />
}

const amount = (v: unknown) => {
  const n = Number(v)
  if (!(n > 0)) return "须大于 0"
  if (Math.round(n * 100) !== n * 100) return "最多两位小数（元、角、分）"
  return n > 1e12 ? "金额过大" : undefined
}

const INTENT_FIELDS = (creating: boolean): FieldSpec<IntentValues>[] => [
  ...(creating
    ? [
        {
          name: "institution_id",
          label: "采购单位",
          required: true,
          render: ({ id, label, value, set, invalid }) => <InstitutionSelect id={id} label={label} value={value} set={set} invalid={invalid} />,
        } satisfies FieldSpec<IntentValues>,
      ]
    : []),
  { name: "county_handle", label: "对口县区", kind: "select", required: true, options: COUNTY_CHOICES },
  { name: "amount", label: "协议金额（元）", kind: "number", required: true, check: amount },
  { name: "period_start", label: "执行期开始", kind: "date", required: true },
  {
    name: "period_end",
    label: "执行期结束",
    kind: "date",
    required: true,
    check: (v, all) => (all.period_start && String(v) <= String(all.period_start) ? "须晚于执行期开始" : undefined),
  },
  { name: "signed_at", label: "签订日期", kind: "date" },
  { name: "note", label: "备注", kind: "textarea", check: (v) => (String(v).length > 500 ? "不超过 500 个字" : undefined) },
]

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "")

/** 新建 / 编辑意向性采购协议 */
export function IntentFormDrawer({
  agreement,
  open,
  onOpenChange,
}: {
  agreement?: IntentAgreementDTO
  open: boolean
  onOpenChange: (open: boolean) => void
}) {
  const client = useQueryClient()
  const fields = INTENT_FIELDS(!agreement)
  return (
    <EntityFormDrawer
      title={agreement ? `编辑协议：${agreement.institution?.name ?? ""}` : "新建意向性采购协议"}
      open={open}
      onOpenChange={onOpenChange}
      fields={fields}
      initial={
        agreement
          ? {
              county_handle: agreement.county_handle,
              amount: String(agreement.amount),
              period_start: day(agreement.period_start),
              period_end: day(agreement.period_end),
              signed_at: day(agreement.signed_at),
              note: agreement.note ?? "",
            }
          : {}
      }
      submit={(values) =>
        sdk.client.fetch(agreement ? `/admin/purchase-intents/${agreement.id}` : "/admin/purchase-intents", {
          method: "POST",
          body: toBody(fields, values, { forUpdate: !!agreement }),
        })
      }
      onSaved={() => {
        void client.invalidateQueries({ queryKey: ["purchase-intents"] })
        toast.success(agreement ? "已保存" : "已新建协议")
      }}
    />
  )
}
