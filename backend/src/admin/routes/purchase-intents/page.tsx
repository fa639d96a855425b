import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Select, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import type { IntentAgreementDTO, IntentStatus, IntentSummary } from "@fupin/shared"
import { sdk } from "../../lib/sdk"
import { COUNTY_NAMES, countyName, INTENT_STATUS_LABELS, KIND_LABELS, pct, ProgressBar, wan, yuan } from "../institutions/common"
import { ListPagination } from "../../components/list-pagination"
import { IntentFormDrawer } from "./intent-form"

const PAGE_SIZE = 20
const ALL = "all"

type IntentList = { purchase_intents: IntentAgreementDTO[]; count: number; offset: number; limit: number }

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Text size="small" className="text-ui-fg-subtle">{label}</Text>
      <Text size="xlarge" weight="plus">{value}</Text>
      {hint && <Text size="xsmall" className="text-ui-fg-muted">{hint}</Text>}
    </div>
  )
}

/** 意向性采购 (Intent purchase agreements): per-county progress bars, totals and the agreements. */
const PurchaseIntentsPage = () => {
  const queryClient = useQueryClient()
  const prompt = usePrompt()
  const [county, setCounty] = useState(ALL)
  const [status, setStatus] = useState(ALL)
  const [page, setPage] = useState(0)
  const [editing, setEditing] = useState<IntentAgreementDTO | "new" | null>(null)
  const filters = { county_handle: county === ALL ? undefined : county, status: status === ALL ? undefined : status }

  const summary = useQuery({
    queryKey: ["purchase-intents", "summary"],
    queryFn: () => sdk.client.fetch<{ summary: IntentSummary }>("/admin/purchase-intents/summary"),
  })
  const list = useQuery({
    queryKey: ["purchase-intents", "list", filters, page],
    queryFn: () =>
      sdk.client.fetch<IntentList>("/admin/purchase-intents", {
        query: { ...filters, limit: PAGE_SIZE, offset: page * PAGE_SIZE },
      }),
    placeholderData: keepPreviousData,
  })
  const cancel = useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/purchase-intents/${id}/cancel`, { method: "POST", body: {} }),
    onSuccess: () => {
      toast.success("协议已取消")
      queryClient.invalidateQueries({ queryKey: ["purchase-intents"] })
    },
    onError: (e) => toast.error(e instanceof Error ? e.message : String(e)),
  })
  const confirmCancel = async (a: IntentAgreementDTO) => {
    const ok = await prompt({
      title: "取消意向性采购协议？",
      description: `${a.institution?.name ?? ""} × ${countyName(a.county_handle)} ${wan(a.amount)}。取消后不再计入新订单，已下单金额保留。`,
      confirmText: "取消协议",
      cancelText: "返回",
    })
    if (ok) cancel.mutate(a.id)
  }
  const s = summary.data?.summary
  const count = list.data?.count ?? 0
  const counties = s?.by_county ?? []

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">意向性采购 (Intent purchase agreements)</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            市级企业、学校及医院与各县区签订的意向性采购协议及执行进度（不含已取消协议）
          </Text>
        </div>
        <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4">
          <Stat label="协议金额" value={s ? wan(s.amount) : "…"} hint={s ? yuan(s.amount) : undefined} />
          <Stat label="采购单位 / 县区" value={s ? `${s.institutions} 家 / ${s.counties} 个` : "…"} hint={s ? `${s.agreements} 份协议` : undefined} />
          <Stat label="已下单" value={s ? wan(s.ordered_amount) : "…"} hint={s ? `完成 ${pct(s.progress)}` : undefined} />
          <Stat label="已付款" value={s ? wan(s.paid_amount) : "…"} hint={s && s.amount ? `占协议 ${pct(s.paid_amount / s.amount)}` : undefined} />
        </div>
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <Heading level="h2">各县区执行进度</Heading>
          {counties.map((c) => (
            <div key={c.county_handle} className="grid grid-cols-[6rem_1fr_14rem] items-center gap-x-4">
              <Text size="small" weight="plus">{countyName(c.county_handle)}</Text>
              <ProgressBar ordered={c.progress} paid={c.amount ? c.paid_amount / c.amount : 0} />
              <Text size="small" className="text-ui-fg-subtle">
                {wan(c.ordered_amount)} / {wan(c.amount)}（{pct(c.progress)}）
              </Text>
            </div>
          ))}
          <Text size="xsmall" className="text-ui-fg-muted">浅色：已下单；深色：已付款</Text>
        </div>
      </Container>

      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center gap-2 px-6 py-3">
          <Heading level="h2" className="mr-auto">协议列表</Heading>
          <Button size="small" onClick={() => setEditing("new")}>新建协议</Button>
          <Select value={county} onValueChange={(v) => { setCounty(v); setPage(0) }} size="small">
            <Select.Trigger className="w-36"><Select.Value placeholder="县区" /></Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>县区：全部</Select.Item>
              {Object.entries(COUNTY_NAMES).map(([v, l]) => <Select.Item key={v} value={v}>{l}</Select.Item>)}
            </Select.Content>
          </Select>
          <Select value={status} onValueChange={(v) => { setStatus(v); setPage(0) }} size="small">
            <Select.Trigger className="w-32"><Select.Value placeholder="状态" /></Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>状态：全部</Select.Item>
              {Object.entries(INTENT_STATUS_LABELS).map(([v, l]) => <Select.Item key={v} value={v}>{l}</Select.Item>)}
            </Select.Content>
          </Select>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>采购单位</Table.HeaderCell>
              <Table.HeaderCell>县区</Table.HeaderCell>
              <Table.HeaderCell>协议金额</Table.HeaderCell>
              <Table.HeaderCell>执行期</Table.HeaderCell>
              <Table.HeaderCell className="w-56">进度</Table.HeaderCell>
              <Table.HeaderCell>状态</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(list.data?.purchase_intents ?? []).map((a) => (
              <Table.Row key={a.id}>
                <Table.Cell>
                  {a.institution?.name}
                  {a.institution && <Text size="xsmall" className="text-ui-fg-muted">{KIND_LABELS[a.institution.kind]}</Text>}
                </Table.Cell>
                <Table.Cell>{countyName(a.county_handle)}</Table.Cell>
                <Table.Cell>{wan(a.amount)}</Table.Cell>
                <Table.Cell>
                  {a.period_start.slice(0, 10)} – {a.period_end.slice(0, 10)}
                </Table.Cell>
                <Table.Cell>
                  <ProgressBar ordered={a.progress} paid={a.paid_progress} />
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    已下单 {yuan(a.ordered_amount)}（{pct(a.progress)}）
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    已付款 {yuan(a.paid_amount)} · 已验收 {yuan(a.delivered_amount)}
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={a.status === "active" ? "green" : a.status === "completed" ? "blue" : "grey"}>
                    {INTENT_STATUS_LABELS[a.status as IntentStatus]}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  {a.status !== "cancelled" && (
                    <div className="flex whitespace-nowrap">
                      <Button size="small" variant="transparent" onClick={() => setEditing(a)}>编辑</Button>
                      <Button size="small" variant="transparent" onClick={() => confirmCancel(a)}>取消</Button>
                    </div>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <ListPagination count={count} pageSize={PAGE_SIZE} page={page} onPageChange={setPage} />
      </Container>
      <IntentFormDrawer
        agreement={editing && editing !== "new" ? editing : undefined}
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
      />
    </div>
  )
}

export const config = defineRouteConfig({ label: "意向性采购", icon: ChartBar })

export default PurchaseIntentsPage
