import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { ImpactBucket, ImpactSummary, PROGRAMME_2020 } from "@fupin/shared"
import { sdk } from "../../lib/sdk"
import { Stat } from "../../components/stat"
import { cny, cnyLarge, countyName, percent } from "../../lib/format"

type AdminImpact = ImpactSummary & { baseline: typeof PROGRAMME_2020 }

/** Horizontal bars: one row a bucket, width relative to the largest. */
function Bars({ buckets, label, value }: { buckets: ImpactBucket[]; label: (b: ImpactBucket) => string; value: (b: ImpactBucket) => string }) {
  const max = Math.max(1, ...buckets.map((b) => Math.abs(b.amount)))
  if (!buckets.length) return <Text className="text-ui-fg-muted">暂无数据 (no sales yet)</Text>
  return (
    <ul className="flex flex-col gap-y-2">
      {buckets.map((b) => (
        <li key={b.key} className="grid grid-cols-[8rem_1fr_8rem] items-center gap-x-3">
          <Text size="small" className="truncate">
            {label(b)}
          </Text>
          <div className="bg-ui-bg-subtle h-3 overflow-hidden rounded-full" aria-hidden>
            <div className="bg-ui-fg-interactive h-full rounded-full" style={{ width: `${(Math.max(0, b.amount) / max) * 100}%` }} />
          </div>
          <Text size="small" className="text-right tabular-nums">
            {value(b)}
          </Text>
        </li>
      ))}
    </ul>
  )
}

const ImpactPage = () => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["impact"],
    queryFn: () => sdk.client.fetch<AdminImpact>("/admin/impact"),
  })

  if (isLoading) return <Container>加载中…</Container>
  if (error || !data) return <Container>无法读取影响数据 (could not load impact figures)</Container>
  const b = data.baseline

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-4">
        <div>
          <Heading>扶贫成效 (Impact)</Heading>
          <Text className="text-ui-fg-subtle">平台订单按供应商、县区、品类归集；取消和退款自动冲回。</Text>
        </div>
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          <Stat label="平台销售额" value={cny(data.totals.amount)} />
          <Stat label="有效订单" value={String(data.totals.orders)} />
          <Stat label="带动脱贫户（户）" value={data.totals.households.toLocaleString("zh-CN")} hint="按供应商利益联结户数去重" />
          <Stat label="受益供应商" value={String(data.totals.suppliers)} />
        </div>
      </Container>

      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <Container className="flex flex-col gap-y-3">
          <Heading level="h2">按县区 (by county)</Heading>
          <Bars buckets={data.by_county} label={(x) => countyName(x.key)} value={(x) => `${cny(x.amount)} · ${x.households}户`} />
        </Container>
        <Container className="flex flex-col gap-y-3">
          <Heading level="h2">按月份 (by month)</Heading>
          <Bars buckets={data.by_month} label={(x) => x.key} value={(x) => cny(x.amount)} />
        </Container>
        <Container className="flex flex-col gap-y-3">
          <Heading level="h2">按品类 (by product kind)</Heading>
          <Bars buckets={data.by_kind.slice(0, 12)} label={(x) => x.label ?? x.key} value={(x) => cny(x.amount)} />
        </Container>
        <Container className="flex flex-col gap-y-3">
          <Heading level="h2">按供应商 (top suppliers)</Heading>
          <Bars buckets={data.by_supplier.slice(0, 12)} label={(x) => x.label ?? x.key} value={(x) => `${cny(x.amount)} · ${x.households}户`} />
        </Container>
      </div>

      <Container className="flex flex-col gap-y-3">
        <Heading level="h2">2020年全市基线 (2020 programme baseline)</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          来源：{b.source_zh}
        </Text>
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          <Stat label="带动建档立卡贫困户" value={`${(b.households_driven / 1e4).toFixed(1)}万户`} hint={`${(b.people_driven / 1e4).toFixed(0)}万余人`} />
          <Stat label="新型经营主体带动覆盖率" value={percent(b.linkage_coverage)} />
          <Stat label="电商助推农产品销售" value={cnyLarge(b.ecommerce_sales_cny)} />
          <Stat label="意向性采购" value={cnyLarge(b.intent_amount_cny)} hint={`${b.intent_institutions}家单位 · ${b.intent_counties}个县区`} />
          <Stat label="认定扶贫产品" value={`${b.certified_products}款`} />
          <Stat label="电商服务站" value={`${b.service_stations}个`} hint="乡级全覆盖，村级60%以上" />
          <Stat label="电商覆盖贫困村" value={`${b.poor_villages_covered}个`} />
          <Stat label="扶贫车间" value={`${b.workshops}个`} hint={`吸纳劳动力${(b.workshop_employees / 1e4).toFixed(2)}万人`} />
        </div>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "扶贫成效", icon: ChartBar })

export default ImpactPage
