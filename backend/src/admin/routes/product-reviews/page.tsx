import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Star } from "@medusajs/icons"
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { type AdminProductReviewsResponse, PRODUCT_REVIEW_STATUS_LABELS, PRODUCT_REVIEW_STATUSES, type ProductReviewStatus } from "@fupin/shared"
import { Decide, errorText } from "../../components/decide"
import { ListPagination } from "../../components/list-pagination"
import { ReviewBody, ReviewStars } from "../../components/product-review-body"
import { sdk } from "../../lib/sdk"

const PAGE = 20
const day = (d: string | null) => (d ? new Date(d).toLocaleDateString("zh-CN") : "—")

/**
 * 商品评价 (Product reviews): every review by state. New ones also wait in the review inbox;
 * here the operator takes a published review down (驳回, with the note the shopper reads) or
 * puts a rejected one back up.
 */
const ProductReviewsPage = () => {
  const [status, setStatus] = useState<ProductReviewStatus>("pending")
  const [page, setPage] = useState(0)
  const { data, isLoading, error } = useQuery({
    queryKey: ["product-reviews", status, page],
    queryFn: () => sdk.client.fetch<AdminProductReviewsResponse>("/admin/product-reviews", { query: { status, limit: PAGE, offset: page * PAGE } }),
  })
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h1">商品评价 (Product reviews)</Heading>
          <Text size="small" className="text-ui-fg-subtle">只有已购买且已发货的顾客能评价；通过后展示在商品页，驳回理由买家可见。</Text>
        </div>
        <div className="flex gap-x-2" role="group" aria-label="评价状态">
          {PRODUCT_REVIEW_STATUSES.map((s) => (
            <Button key={s} size="small" variant={s === status ? "primary" : "secondary"} aria-pressed={s === status} onClick={() => (setStatus(s), setPage(0))}>
              {PRODUCT_REVIEW_STATUS_LABELS[s].zh}
            </Button>
          ))}
        </div>
      </div>
      {isLoading ? <Text className="px-6 py-4">加载中…</Text> : null}
      {error ? <Text className="px-6 py-4">无法读取评价：{errorText(error)}</Text> : null}
      {data && !data.reviews.length ? <Text size="small" className="text-ui-fg-muted px-6 py-4">没有{PRODUCT_REVIEW_STATUS_LABELS[status].zh}的评价</Text> : null}
      {data?.reviews.map((r) => (
        <div key={r.id} className="flex flex-wrap items-start justify-between gap-4 px-6 py-4" data-testid="product-review-item">
          <div className="flex min-w-0 flex-1 flex-col gap-y-1">
            <Text size="small" weight="plus">
              <ReviewStars rating={r.rating} />{" "}
              {r.product ? <Link to={`/products/${r.product.id}`} className="text-ui-fg-interactive">{r.product.title}</Link> : r.product_id}
              {r.variant_title ? ` · ${r.variant_title}` : ""}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {r.display_name} · 提交于 {day(r.created_at)} · 审核于 {day(r.moderated_at)} · 订单 {r.order_id}
            </Text>
            <ReviewBody review={r} />
            {r.moderator_note ? <Text size="xsmall" className="text-ui-fg-error">驳回理由：{r.moderator_note}</Text> : null}
          </div>
          <Decide
            name={`评价 ${r.display_name} ${r.product?.title ?? ""}`.trim()}
            approveLabel={status === "rejected" ? "改为通过" : "通过"}
            rejectPlaceholder="驳回理由（买家可见，必填）"
            refresh={["review-inbox", "product-reviews"]}
            approve={{ path: `/admin/product-reviews/${r.id}/approve`, body: {} }}
            reject={(note) => ({ path: `/admin/product-reviews/${r.id}/reject`, body: { note } })}
            onDone={(_, approved) => approved && toast.success("评价已通过，商品页可见")}
          />
        </div>
      ))}
      {data && data.count > PAGE ? <ListPagination count={data.count} pageSize={PAGE} page={page} onPageChange={setPage} /> : null}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "商品评价", icon: Star })

export default ProductReviewsPage
