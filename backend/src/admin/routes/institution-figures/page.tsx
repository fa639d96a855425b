import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { type AdminInstitutionFiguresResponse, beijingYearOf, type FigureAmountsDTO, KUNMING_COUNTIES } from "@fupin/shared"
import { Stat } from "../../components/stat"
import { sdk } from "../../lib/sdk"
import { cny, cnyLarge, countyName, percent } from "../../lib/format"
import { listInstitutions } from "../institutions/common"

const ALL = "all"
const SERIES: Array<{ key: keyof FigureAmountsDTO; name: string; color: string }> = [
  { key: "ordered_amount", name: "已下单", color: "#60a5fa" },
  { key: "paid_amount", name: "已付款", color: "#16a34a" },
  { key: "delivered_amount", name: "已验收", color: "#f59e0b" },
  { key: "personal_amount", name: "个人计入", color: "#a855f7" },
]

const yAxisMoney = (v: number) => (Math.abs(v) >= 10_000 ? `${(v / 10_000).toLocaleString("zh-CN", { maximumFractionDigits: 1 })}万` : String(v))

/** Bars of the four amounts, one group per month or per county. */
function FiguresChart<T extends FigureAmountsDTO>({ data, x, label }: { data: T[]; x: keyof T & string; label: string }) {
  if (!data.length) return <Text className="text-ui-fg-muted">本年暂无计入的采购 (nothing counted this year)</Text>
  return (
    <div className="h-64 w-full" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={(d: T) => String(d[x])} fontSize={12} />
          <YAxis tickFormatter={yAxisMoney} fontSize={12} width={56} />
          <Tooltip formatter={(v) => cny(Number(v))} />
          <Legend />
          {SERIES.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}

/** 机构采购统计: every institution's counted purchases by county and month, its agreements and reserved share, exportable. */
const InstitutionFiguresPage = () => {
  const thisYear = beijingYearOf()
  const [year, setYear] = useState(String(thisYear))
  const [institution, setInstitution] = useState(ALL)
  const [county, setCounty] = useState(ALL)
  const query = { year, ...(institution === ALL ? {} : { institution_id: institution }), ...(county === ALL ? {} : { county }) }

  const institutions = useQuery({
    queryKey: ["institutions", "figures-filter"],
    queryFn: () => listInstitutions({ status: "approved", limit: 100, fields: "id,name" }),
  })
  const figures = useQuery({
    queryKey: ["institution-figures", query],
    queryFn: () => sdk.client.fetch<AdminInstitutionFiguresResponse>("/admin/institution-figures", { query }),
    placeholderData: keepPreviousData,
  })
  const f = figures.data
  const exportHref = (format: "csv" | "xlsx") => `/admin/institution-figures/export?${new URLSearchParams({ ...query, format }).toString()}`
  const years = Array.from({ length: 5 }, (_, i) => String(thisYear - i))

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center gap-2 px-6 py-4">
          <div className="mr-auto">
            <Heading level="h1">机构采购统计 (Institution procurement figures)</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              各采购单位按县区、月份（北京时间）计入的采购：已下单、已付款、已验收及协议进度、预留份额；与单位门户首页同一口径
            </Text>
          </div>
          <Button size="small" variant="secondary" asChild>
            <a href={exportHref("xlsx")} download>导出 XLSX</a>
          </Button>
          <Button size="small" variant="secondary" asChild>
            <a href={exportHref("csv")} download>导出 CSV</a>
          </Button>
        </div>
        <div className="flex flex-wrap items-center gap-2 px-6 py-3">
          <Select value={year} onValueChange={setYear} size="small">
            <Select.Trigger className="w-28" aria-label="年度"><Select.Value /></Select.Trigger>
            <Select.Content>
              {years.map((y) => <Select.Item key={y} value={y}>{y} 年</Select.Item>)}
            </Select.Content>
          </Select>
          <Select value={institution} onValueChange={setInstitution} size="small">
            <Select.Trigger className="w-64" aria-label="采购单位"><Select.Value placeholder="采购单位" /></Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>采购单位：全部</Select.Item>
              {(institutions.data?.institutions ?? []).map((i) => <Select.Item key={i.id} value={i.id}>{i.name}</Select.Item>)}
            </Select.Content>
          </Select>
          <Select value={county} onValueChange={setCounty} size="small">
            <Select.Trigger className="w-36" aria-label="县区"><Select.Value placeholder="县区" /></Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>县区：全部</Select.Item>
              {KUNMING_COUNTIES.map((c) => <Select.Item key={c.handle} value={c.handle}>{c.name_zh}</Select.Item>)}
            </Select.Content>
          </Select>
        </div>
        <div className="grid grid-cols-2 gap-3 px-6 py-4 lg:grid-cols-5">
          <Stat id="figures-agreement" label="协议金额" value={f ? cnyLarge(f.totals.agreement_amount) : "…"} />
          <Stat id="figures-ordered" label={`${year} 年已下单`} value={f ? cny(f.totals.ordered_amount) : "…"} />
          <Stat id="figures-paid" label="已付款" value={f ? cny(f.totals.paid_amount) : "…"} />
          <Stat id="figures-delivered" label="已验收" value={f ? cny(f.totals.delivered_amount) : "…"} />
          <Stat id="figures-personal" label="个人计入单位消费帮扶" value={f ? cny(f.totals.personal_amount) : "…"} />
        </div>
      </Container>

      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <Container className="flex flex-col gap-y-3">
          <Heading level="h2">按月份</Heading>
          <FiguresChart data={f?.by_month ?? []} x="month" label="按月份的采购金额" />
        </Container>
        <Container className="flex flex-col gap-y-3">
          <Heading level="h2">按县区</Heading>
          <FiguresChart data={(f?.by_county ?? []).filter((c) => c.ordered_amount || c.personal_amount)} x="county_name" label="按县区的采购金额" />
        </Container>
      </div>

      <Container className="divide-y p-0">
        <div className="px-6 py-3">
          <Heading level="h2">按单位 × 县区 × 月份</Heading>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>采购单位</Table.HeaderCell>
              <Table.HeaderCell>县区</Table.HeaderCell>
              <Table.HeaderCell>月份</Table.HeaderCell>
              <Table.HeaderCell className="text-right">已下单</Table.HeaderCell>
              <Table.HeaderCell className="text-right">已付款</Table.HeaderCell>
              <Table.HeaderCell className="text-right">已验收</Table.HeaderCell>
              <Table.HeaderCell className="text-right">个人计入</Table.HeaderCell>
              <Table.HeaderCell className="text-right">协议金额</Table.HeaderCell>
              <Table.HeaderCell className="text-right">协议进度</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(f?.rows ?? []).map((r) => (
              <Table.Row key={`${r.institution_id}-${r.county_handle}-${r.month}`} data-testid="figures-row">
                <Table.Cell>{r.institution_name}</Table.Cell>
                <Table.Cell>{r.county_name}</Table.Cell>
                <Table.Cell>{r.month}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{cny(r.ordered_amount)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{cny(r.paid_amount)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{cny(r.delivered_amount)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{cny(r.personal_amount)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{r.agreement_amount === null ? "无协议" : cnyLarge(r.agreement_amount)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{r.progress === null ? "—" : percent(r.progress)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {f && !f.rows.length && <Text className="text-ui-fg-muted px-6 py-4">本年暂无计入的采购</Text>}
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-3">
          <Heading level="h2">预留份额（{year} 年）</Heading>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>采购单位</Table.HeaderCell>
              <Table.HeaderCell className="text-right">目标</Table.HeaderCell>
              <Table.HeaderCell className="text-right">单位采购计入</Table.HeaderCell>
              <Table.HeaderCell className="text-right">其中个人计入</Table.HeaderCell>
              <Table.HeaderCell className="text-right">进度</Table.HeaderCell>
              <Table.HeaderCell>协议（县区：已下单 / 协议金额）</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(f?.institutions ?? []).map((i) => (
              <Table.Row key={i.institution_id}>
                <Table.Cell>{i.institution_name}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">
                  {i.reserved_share.target === null ? "未设预算" : `${cny(i.reserved_share.target)}（${i.reserved_share.reserved_share_percent}%）`}
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{cny(i.reserved_share.counted)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{cny(i.reserved_share.counted_personal)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{i.reserved_share.target === null ? "—" : percent(i.reserved_share.progress)}</Table.Cell>
                <Table.Cell>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {i.agreements.map((a) => `${countyName(a.county_handle)}：${cnyLarge(a.ordered_amount)} / ${cnyLarge(a.amount)}（${percent(a.progress)}）`).join("；") || "—"}
                  </Text>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "机构采购统计", icon: ChartBar })

export default InstitutionFiguresPage
