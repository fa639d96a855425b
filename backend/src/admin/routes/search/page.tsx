import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MagnifyingGlass } from "@medusajs/icons"
import { Button, Container, Heading, StatusBadge, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AdminSearchReindexResponse, AdminSearchStatusResponse, SearchEngineName } from "@fupin/shared"
import { sdk } from "../../lib/sdk"
import { Stat } from "../../components/stat"
import { dateTime } from "../../lib/format"

const ENGINE_LABELS: Record<SearchEngineName, string> = {
  postgres: "内置 PostgreSQL",
  meilisearch: "Meilisearch",
}

const STATUS_KEY = ["search", "status"]

const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e))

/** What a reindex did, in one line: 已索引 126 个，移除 4 个，用时 1.2 秒. */
function reindexSummary(r: AdminSearchReindexResponse) {
  const seconds = (r.duration_ms / 1000).toFixed(1)
  return `已索引 ${r.indexed} 个商品，移除 ${r.removed} 个，用时 ${seconds} 秒 (indexed ${r.indexed}, removed ${r.removed}, ${seconds} s)`
}

/** 搜索索引 (Search index): is every sellable product searchable, and a full reindex. */
const SearchIndexPage = () => {
  const queryClient = useQueryClient()
  const status = useQuery({
    queryKey: STATUS_KEY,
    queryFn: () => sdk.client.fetch<AdminSearchStatusResponse>("/admin/search"),
  })
  const reindex = useMutation({
    mutationFn: () => sdk.client.fetch<AdminSearchReindexResponse>("/admin/search/reindex", { method: "POST", body: {} }),
    onSuccess: (r) => {
      toast.success("重新索引完成 (reindex finished)", { description: reindexSummary(r) })
      return queryClient.invalidateQueries({ queryKey: STATUS_KEY })
    },
    onError: (e) => toast.error(`重新索引失败 (reindex failed): ${errorMessage(e)}`),
  })

  if (status.isLoading) return <Container>加载中… (loading)</Container>
  if (status.error || !status.data) {
    return (
      <Container className="flex flex-col gap-y-2">
        <Heading>搜索索引 (Search index)</Heading>
        <Text className="text-ui-fg-error" role="alert">
          无法读取索引状态 (could not load the index status): {errorMessage(status.error)}
        </Text>
      </Container>
    )
  }
  const s = status.data

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <Heading>搜索索引 (Search index)</Heading>
            <Text className="text-ui-fg-subtle">
              商店搜索只收录可售商品（已上架且认定证书有效）。商品变更会自动更新索引；索引与目录不一致时重新索引。
            </Text>
          </div>
          <Button variant="secondary" isLoading={reindex.isPending} disabled={reindex.isPending} onClick={() => reindex.mutate()}>
            重新索引 (Reindex)
          </Button>
        </div>

        <div className="flex flex-wrap items-center gap-x-3 gap-y-1" data-testid="search-health">
          {s.healthy ? (
            <StatusBadge color="green">正常 (healthy)</StatusBadge>
          ) : (
            <StatusBadge color="orange">需要重新索引 (needs reindex)</StatusBadge>
          )}
          {s.detail ? (
            <Text size="small" className="text-ui-fg-subtle">
              {s.detail}
            </Text>
          ) : null}
        </div>

        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          <Stat id="search-engine" label="搜索引擎 (engine)" value={ENGINE_LABELS[s.engine] ?? s.engine} />
          <Stat id="search-documents" label="已索引商品 (documents)" value={String(s.documents)} />
          <Stat id="search-sellable" label="可售商品 (sellable products)" value={String(s.sellable_products)} hint="按目录实时统计 (counted from the catalogue)" />
          <Stat id="search-last-indexed" label="最近索引 (last indexed)" value={dateTime(s.last_indexed_at)} hint="北京时间 (Asia/Shanghai)" />
        </div>

        {reindex.isPending ? (
          <Text size="small" className="text-ui-fg-subtle" role="status">
            正在重新索引… (reindexing)
          </Text>
        ) : reindex.data ? (
          <Text size="small" role="status" data-testid="search-reindex-result">
            上次重新索引 (last reindex)：{reindexSummary(reindex.data)}
          </Text>
        ) : reindex.error ? (
          <Text size="small" className="text-ui-fg-error" role="alert">
            重新索引失败 (reindex failed): {errorMessage(reindex.error)}
          </Text>
        ) : null}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "搜索索引", icon: MagnifyingGlass })

export default SearchIndexPage
