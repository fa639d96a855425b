import { Badge, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { AdminInstitutionPriceListsResponse } from "@fupin/shared"
import { sdk } from "../lib/sdk"

const SCOPE_LABELS = { institution: "本单位专享", all_institutions: "全部机构" } as const

/**
 * The price lists that apply to an institution's members (its own customer
 * group and 机构采购客户), each linked to Medusa's 价格列表 page where the
 * operator sets prices and quantity breaks (最小数量).
 */
export function InstitutionPriceLists({ institutionId }: { institutionId: string }) {
  const { data, isLoading } = useQuery({
    queryKey: ["institutions", "price-lists", institutionId],
    queryFn: () => sdk.client.fetch<AdminInstitutionPriceListsResponse>(`/admin/institutions/${institutionId}/price-lists`),
  })
  return (
    <div data-testid="institution-price-lists">
      <Heading level="h3">机构价格 (Institutional prices)</Heading>
      <Text size="small" className="text-ui-fg-subtle mt-1">
        在「价格列表」中新建列表，客户组选
        {(data?.customer_groups ?? []).map((g) => `「${g.name ?? g.id}」`).join("或")}
        ，可按最小数量设阶梯价。
      </Text>
      <ul className="mt-2 flex flex-col gap-y-1 text-sm">
        {(data?.price_lists ?? []).map((l) => (
          <li key={l.id} className="flex items-center gap-x-2">
            <a className="text-ui-fg-interactive hover:underline" href={`/app/price-lists/${l.id}`}>
              {l.title}
            </a>
            <Badge size="2xsmall" color={l.scope === "institution" ? "blue" : "grey"}>
              {SCOPE_LABELS[l.scope]}
            </Badge>
            <span className="text-ui-fg-muted">
              {l.prices_count} 个价格 · {l.status === "active" ? "生效中" : "草稿"}
            </span>
          </li>
        ))}
        {!isLoading && !data?.price_lists.length && <li className="text-ui-fg-muted">暂无（按零售价）</li>}
      </ul>
      <a className="text-ui-fg-interactive mt-2 inline-block text-sm hover:underline" href="/app/price-lists/create">
        新建价格列表
      </a>
    </div>
  )
}
