import { defineRouteConfig } from "@medusajs/admin-sdk"
import { EnvelopeContent } from "@medusajs/icons"
import { Badge, Container, Heading, Text, toast } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import {
  type AdminListingReviewResponse,
  type AdminReviewInboxResponse,
  REVIEW_INBOX_SECTION_LABELS,
  type ReviewInboxPriceCheck,
  type ReviewInboxSection,
} from "@fupin/shared"
import { Decide, errorText } from "../../components/decide"
import { ReviewBody, ReviewStars } from "../../components/product-review-body"
import { countyName } from "../../lib/format"
import { sdk } from "../../lib/sdk"
import { MECHANISM_LABELS, TYPE_LABELS } from "../suppliers/common"

const day = (d: string | null | undefined) => (d ? new Date(d).toLocaleDateString("zh-CN") : "—")
const yuan = (v: number) => `¥${v.toFixed(2)}`

/** Each pack's price against the market average of its kind and unit; above the margin in red. */
function PriceCheckLines({ checks }: { checks: ReviewInboxPriceCheck[] }) {
  if (!checks.length) return null
  return (
    <ul className="flex flex-col gap-y-0.5" data-testid="price-check">
      {checks.map((c) => (
        <li key={c.variant_id}>
          <Text as="span" size="xsmall" className={c.above_market ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
          {c.pack} {yuan(c.price)}：
          {c.market_average === null
            ? "无同类同规格商品可比"
            : c.above_market
              ? `高于市场均价 ${yuan(c.market_average)}（+${Math.round((c.price / c.market_average - 1) * 100)}%，超过 ${Math.round(c.margin * 100)}% 幅度）`
              : `不高于市场均价 ${yuan(c.market_average)}（${c.compared} 个可比）`}
          </Text>
        </li>
      ))}
    </ul>
  )
}

/** Uploaded documents (evidence, application files) as links opening the file module's URL. */
function FileLinks({ label, files, none }: { label: string; files: Array<{ title: string; url: string }> | null | undefined; none?: string }) {
  if (!files?.length) return none ? <Text size="xsmall" className="text-ui-fg-muted">{none}</Text> : null
  return (
    <Text size="xsmall">
      {label}：
      {files.map((f) => (
        <a key={f.url} href={f.url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive mr-2">
          {f.title}
        </a>
      ))}
    </Text>
  )
}

function Section({ section, count, children }: { section: ReviewInboxSection; count: number; children: ReactNode }) {
  return (
    <Container className="divide-y p-0" role="region" aria-label={REVIEW_INBOX_SECTION_LABELS[section].zh}>
      <div className="flex items-center gap-x-2 px-6 py-3">
        <Heading level="h2">{REVIEW_INBOX_SECTION_LABELS[section].zh}</Heading>
        <Badge size="2xsmall" color={count ? "orange" : "grey"}>
          {count}
        </Badge>
      </div>
      {count ? children : <Text size="small" className="text-ui-fg-muted px-6 py-4">没有待审核的事项</Text>}
    </Container>
  )
}

function Row({ title, meta, children, actions }: { title: ReactNode; meta?: ReactNode; children?: ReactNode; actions: ReactNode }) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4" data-testid="review-item">
      <div className="flex min-w-0 flex-1 flex-col gap-y-1">
        <Text size="small" weight="plus">
          {title}
        </Text>
        {meta ? (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {meta}
          </Text>
        ) : null}
        {children}
      </div>
      {actions}
    </div>
  )
}

/**
 * 审核收件箱 (Review inbox): everything producers wait for — new listings, changes to
 * live listings, certification applications and supplier applications — each with
 * approve / reject-with-reason; the producer sees the outcome in the portal.
 */
const ReviewInboxPage = () => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["review-inbox"],
    queryFn: () => sdk.client.fetch<AdminReviewInboxResponse>("/admin/review-inbox", { query: { limit: 200 } }),
  })
  if (isLoading) return <Container>加载中…</Container>
  if (error || !data) return <Container>无法读取审核收件箱：{errorText(error)}</Container>
  const total = Object.values(data.counts).reduce((a, b) => a + b, 0)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">审核收件箱 (Review inbox)</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          共 {total} 项待审核，先到先审。驳回须写明理由，供应商在后台可见（评价的驳回理由买家可见）；受信任的供应商可在其详情页开启「修改自动通过」。
        </Text>
      </Container>

      <Section section="listings" count={data.counts.listings}>
        {data.listings.map((l) => (
          <Row
            key={l.id}
            title={<Link to={`/products/${l.id}`} className="text-ui-fg-interactive">{l.title}</Link>}
            meta={`${l.supplier?.legal_name ?? "无供应商"} · 提交于 ${day(l.created_at)} · 认定证书 ${l.certificate ? `${l.certificate.number}` : "未申请"}`}
            actions={
              <Decide
                name={l.title}
                approve={{ path: `/admin/listings/${l.id}/approve`, body: {} }}
                reject={(reason) => ({ path: `/admin/listings/${l.id}/reject`, body: { reason } })}
                onDone={(result, approved) => {
                  if (!approved) return
                  const listing = (result as AdminListingReviewResponse).listing
                  if (listing.published) toast.success(`已通过并上架：${l.title}`)
                  else toast.warning(`已通过，暂未上架：${listing.not_published_because.join("；")}`)
                }}
              />
            }
          >
            <PriceCheckLines checks={l.price_check} />
            {l.not_published_because.length ? (
              <Text size="xsmall" className="text-ui-fg-error">
                通过后暂不上架：{l.not_published_because.join("；")}
              </Text>
            ) : (
              <Text size="xsmall" className="text-ui-fg-subtle">认定有效、供应商已审核：通过即上架</Text>
            )}
          </Row>
        ))}
      </Section>

      <Section section="change_requests" count={data.counts.change_requests}>
        {data.change_requests.map((c) => (
          <Row
            key={c.id}
            title={<Link to={`/products/${c.product_id}`} className="text-ui-fg-interactive">{c.product?.title ?? c.product_id}</Link>}
            meta={`${c.supplier?.legal_name ?? ""} · 提交于 ${day(c.created_at)}`}
            actions={
              <Decide
                name={c.product?.title ?? c.id}
                approve={{ path: `/admin/change-requests/${c.id}/approve`, body: {} }}
                reject={(reason) => ({ path: `/admin/change-requests/${c.id}/reject`, body: { reason } })}
                onDone={(_, approved) => approved && toast.success("修改已生效")}
              />
            }
          >
            {c.changes.title !== undefined ? (
              <Text size="xsmall">标题：{c.previous?.title ?? "—"} → <strong>{c.changes.title}</strong></Text>
            ) : null}
            {c.changes.description !== undefined ? <Text size="xsmall">介绍：{c.changes.description ?? "（清空）"}</Text> : null}
            {c.changes.images ? (
              <div className="flex gap-x-2">
                {c.changes.images.map((img) => (
                  <img key={img.url} src={img.url} alt="" className="h-12 w-12 rounded object-cover" />
                ))}
              </div>
            ) : null}
          </Row>
        ))}
      </Section>

      <Section section="certifications" count={data.counts.certifications}>
        {data.certifications.map((c) => (
          <Row
            key={c.id}
            title={<Link to={`/certifications/${c.id}`} className="text-ui-fg-interactive">{c.product?.title ?? "—"} · {c.number}</Link>}
            meta={`${countyName(c.county_handle)} · ${c.certifying_office} · ${day(c.issued_at)} – ${day(c.expires_at)}`}
            actions={
              <Decide
                name={c.number}
                approveLabel="认定通过"
                approveField={{ key: "number", label: "证书编号", placeholder: "证书编号（认定文件所载）" }}
                approve={{ path: `/admin/certifications/${c.id}/certify`, body: {} }}
                reject={(reason) => ({ path: `/admin/certifications/${c.id}/revoke`, body: { reason } })}
                onDone={(result, approved) =>
                  approved && toast.success(`认定通过：${(result as { certificate?: { number?: string } }).certificate?.number ?? c.number}`)
                }
              />
            }
          >
            <FileLinks label="证明材料" files={c.evidence} none="未上传证明材料" />
          </Row>
        ))}
      </Section>

      <Container className="divide-y p-0" role="region" aria-label="价格预警">
        <div className="flex items-center gap-x-2 px-6 py-3">
          <Heading level="h2">价格预警</Heading>
          <Badge size="2xsmall" color={data.price_alerts.length ? "red" : "grey"}>
            {data.price_alerts.length}
          </Badge>
        </div>
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          供应商改价即时生效、无需审核；这里列出价格高于同类同规格市场均价（超过设定幅度）的在售或待上架商品，请核实或联系供应商。
        </Text>
        {data.price_alerts.length ? (
          data.price_alerts.map((a) => (
            <Row
              key={a.product_id}
              title={<Link to={`/products/${a.product_id}`} className="text-ui-fg-interactive">{a.title}</Link>}
              meta={a.supplier?.legal_name ?? ""}
              actions={<Link to={`/suppliers/${a.supplier?.id ?? ""}`} className="text-ui-fg-interactive text-small">联系供应商 →</Link>}
            >
              <PriceCheckLines checks={a.flags} />
            </Row>
          ))
        ) : (
          <Text size="small" className="text-ui-fg-muted px-6 py-4">没有高于市场均价的商品</Text>
        )}
      </Container>

      <Section section="product_reviews" count={data.counts.product_reviews}>
        {data.product_reviews.map((r) => (
          <Row
            key={r.id}
            title={
              <>
                <ReviewStars rating={r.rating} />{" "}
                {r.product ? <Link to={`/products/${r.product.id}`} className="text-ui-fg-interactive">{r.product.title}</Link> : r.product_id}
                {r.variant_title ? ` · ${r.variant_title}` : ""}
              </>
            }
            meta={`${r.display_name} · 已购买并发货 · 提交于 ${day(r.created_at)} · 订单 ${r.order_id}`}
            actions={
              <Decide
                name={`评价 ${r.display_name} ${r.product?.title ?? ""}`.trim()}
                rejectPlaceholder="驳回理由（买家可见，必填）"
                refresh={["review-inbox", "product-reviews"]}
                approve={{ path: `/admin/product-reviews/${r.id}/approve`, body: {} }}
                reject={(note) => ({ path: `/admin/product-reviews/${r.id}/reject`, body: { note } })}
                onDone={(_, approved) => approved && toast.success("评价已通过，商品页可见")}
              />
            }
          >
            <ReviewBody review={r} />
          </Row>
        ))}
      </Section>

      <Section section="supplier_applications" count={data.counts.supplier_applications}>
        {data.supplier_applications.map((s) => (
          <Row
            key={s.id}
            title={<Link to={`/suppliers/${s.id}`} className="text-ui-fg-interactive">{s.legal_name}</Link>}
            meta={`${TYPE_LABELS[s.type]} · ${countyName(s.county_handle)} · ${s.credit_code} · ${s.applied_at ? `在线申请于 ${day(s.applied_at)}` : `登记于 ${day(s.created_at)}`}`}
            actions={
              <Decide
                name={s.legal_name}
                approve={{ path: `/admin/suppliers/${s.id}/approve`, body: {} }}
                reject={(reason) => ({ path: `/admin/suppliers/${s.id}/reject`, body: { note: reason } })}
                onDone={(_, approved) => approved && toast.success(`已通过入驻：${s.legal_name}`)}
              />
            }
          >
            <Text size="xsmall">
              联结 {s.households_bound} 户 {s.people_bound} 人 · {s.mechanisms.map((m) => MECHANISM_LABELS[m]).join("、") || "无联结方式"}
            </Text>
            {s.linkage_note ? <Text size="xsmall">利益联结：{s.linkage_note}</Text> : null}
            <FileLinks label="申请材料" files={s.documents} />
          </Row>
        ))}
      </Section>
    </div>
  )
}

export const config = defineRouteConfig({ label: "审核收件箱", icon: EnvelopeContent })

export default ReviewInboxPage
