import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { type ReactNode, useState } from "react"
import { type AdminListQuotesResponse, type AdminQuoteResponse, type QuoteDTO, QUOTE_STATUS_LABELS, QUOTE_STATUSES, type QuoteStatus, quoteTotal, KUNMING_TIME_ZONE } from "@fupin/shared"
import { errorText } from "../../components/decide"
import { ListPagination } from "../../components/list-pagination"
import { sdk } from "../../lib/sdk"

const PAGE = 20
const day = (d: string | null) => (d ? new Date(d).toLocaleDateString("zh-CN", { timeZone: KUNMING_TIME_ZONE }) : "—")
const yuan = (n: number | null) => (n === null ? "—" : `¥${n.toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`)
const person = (p: QuoteDTO["requested_by"]) => (p ? `${p.last_name ?? ""}${p.first_name ?? ""}`.trim() || p.email || "—" : "—")
/** a week from today in Beijing, the default validity date */
const inAWeek = () => new Date(Date.now() + 8 * 3600_000 + 7 * 86_400_000).toISOString().slice(0, 10)

/**
 * 询价单 (Quotes): institutions ask for a price on a large order; the operator answers with a
 * unit price per line and a validity date (报价有效期). The institution then accepts (the quote's
 * draft order becomes its order at those prices) or declines.
 */
const QuotesPage = () => {
  const [status, setStatus] = useState<QuoteStatus>("requested")
  const [page, setPage] = useState(0)
  const { data, isLoading, error } = useQuery({
    queryKey: ["quotes", status, page],
    queryFn: () => sdk.client.fetch<AdminListQuotesResponse>("/admin/quotes", { query: { status, limit: PAGE, offset: page * PAGE } }),
  })
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h1">询价单 (Quotes)</Heading>
          <Text size="small" className="text-ui-fg-subtle">采购单位的大宗询价：逐行报价并给出有效期；单位在有效期内接受后按报价生成订单（计入意向性采购）。</Text>
        </div>
        <div className="flex flex-wrap gap-2" role="group" aria-label="询价单状态">
          {QUOTE_STATUSES.map((s) => (
            <Button key={s} size="small" variant={s === status ? "primary" : "secondary"} aria-pressed={s === status} onClick={() => (setStatus(s), setPage(0))}>
              {QUOTE_STATUS_LABELS[s].zh}
            </Button>
          ))}
        </div>
      </div>
      {isLoading ? <Text className="px-6 py-4">加载中…</Text> : null}
      {error ? <Text className="px-6 py-4">无法读取询价单：{errorText(error)}</Text> : null}
      {data && !data.quotes.length ? <Text size="small" className="text-ui-fg-muted px-6 py-4">没有{QUOTE_STATUS_LABELS[status].zh}的询价单</Text> : null}
      {data?.quotes.map((q) => <QuoteItem key={q.id} quote={q} />)}
      {data && data.count > PAGE ? <ListPagination count={data.count} pageSize={PAGE} page={page} onPageChange={setPage} /> : null}
    </Container>
  )
}

function QuoteItem({ quote }: { quote: QuoteDTO }) {
  const open = quote.status === "requested" || quote.status === "answered" || quote.status === "expired"
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="quote-item">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Text weight="plus">
          {quote.institution_name ?? quote.institution_id} · {QUOTE_STATUS_LABELS[quote.status].zh}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {person(quote.requested_by)} 询价于 {day(quote.created_at)} · 原价合计 {yuan(quote.list_total)} · 报价合计 {yuan(quote.total)}
          {quote.shipping_total !== null ? `（含运费 ${yuan(quote.shipping_total)}）` : ""}
          {quote.valid_until ? ` · 有效期至 ${day(quote.valid_until)}` : ""}
          {quote.order_display_id ? ` · 订单 #${quote.order_display_id}` : ""}
        </Text>
      </div>
      {quote.note ? <Text size="small">询价备注：{quote.note}</Text> : null}
      {quote.delivery ? (
        <Text size="small">
          送达：{quote.delivery.canteen ? `${quote.delivery.canteen}（${quote.delivery.address ?? ""}，${quote.delivery.contact ?? ""}）` : "单位地址"}
          {quote.delivery.requested_delivery_date ? ` · 要求 ${quote.delivery.requested_delivery_date} 送达` : ""}
        </Text>
      ) : null}
      {quote.status === "declined" ? (
        <Text size="small" data-testid="quote-decline-note">
          {person(quote.decided_by)} 于 {day(quote.decided_at)} 拒绝{quote.decline_note ? `：${quote.decline_note}` : "（未说明原因）"}
        </Text>
      ) : null}
      {open ? <AnswerForm quote={quote} /> : <LinesTable quote={quote} />}
    </div>
  )
}

/** The quote's lines: product, quantity, list price, and the quoted price (or the field to type it). */
function LinesTable({ quote, priceHeading = "报价单价", price }: { quote: QuoteDTO; priceHeading?: string; price?: (line: QuoteDTO["lines"][number]) => ReactNode }) {
  return (
    <table className="txt-small w-full text-left">
      <thead className="text-ui-fg-subtle">
        <tr>
          <th className="py-1 font-normal">商品</th>
          <th className="py-1 text-right font-normal">数量</th>
          <th className="py-1 text-right font-normal">原单价</th>
          <th className="py-1 text-right font-normal">{priceHeading}</th>
        </tr>
      </thead>
      <tbody>
        {quote.lines.map((l) => (
          <tr key={l.id}>
            <td className="py-1">
              {l.title} <span className="text-ui-fg-muted">{l.sku}</span>
            </td>
            <td className="py-1 text-right">{l.quantity}</td>
            <td className="py-1 text-right">{yuan(l.list_unit_price)}</td>
            <td className="py-1 text-right">{price ? price(l) : yuan(l.unit_price)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** 报价: a unit price per line (prefilled with the list price or the earlier answer), the delivery fee (blank: the rule's) and a validity date. */
function AnswerForm({ quote }: { quote: QuoteDTO }) {
  const client = useQueryClient()
  const [prices, setPrices] = useState<Record<string, string>>(() => Object.fromEntries(quote.lines.map((l) => [l.id, String(l.unit_price ?? l.list_unit_price)])))
  const [validUntil, setValidUntil] = useState(inAWeek())
  const [note, setNote] = useState(quote.answer_note ?? "")
  // blank: the home-delivery rule's fee for the quoted goods (¥10 a parcel, free from an amount: Settings → Locations & Shipping)
  const [shipping, setShipping] = useState(quote.status === "requested" || quote.shipping_total === null ? "" : String(quote.shipping_total))
  const total = quoteTotal(quote.lines.map((l) => ({ quantity: l.quantity, unit_price: prices[l.id] === "" || Number.isNaN(Number(prices[l.id])) ? null : Number(prices[l.id]) })))
  const answer = useMutation({
    mutationFn: () =>
      sdk.client.fetch<AdminQuoteResponse>(`/admin/quotes/${quote.id}/answer`, {
        method: "POST",
        body: {
          lines: quote.lines.map((l) => ({ id: l.id, unit_price: Number(prices[l.id]) })),
          valid_until: validUntil,
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(shipping.trim() ? { shipping_total: Number(shipping) } : {}),
        },
      }),
    onSuccess: () => {
      toast.success("已报价，采购单位可在有效期内接受")
      void client.invalidateQueries({ queryKey: ["quotes"] })
    },
    onError: (e) => toast.error(errorText(e)),
  })
  return (
    <form
      className="flex flex-col gap-y-3"
      onSubmit={(e) => {
        e.preventDefault()
        answer.mutate()
      }}
    >
      <LinesTable
        quote={quote}
        priceHeading="报价单价（元）"
        price={(l) => (
          <Input
            size="small"
            type="number"
            min={0.01}
            step={0.01}
            className="ml-auto w-28"
            aria-label={`${l.title} 报价单价`}
            value={prices[l.id] ?? ""}
            onChange={(e) => setPrices((p) => ({ ...p, [l.id]: e.target.value }))}
          />
        )}
      />
      <div className="flex flex-wrap items-end gap-4">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={`valid-${quote.id}`}>报价有效期至</Label>
          <Input id={`valid-${quote.id}`} size="small" type="date" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={`shipping-${quote.id}`}>运费（元，留空按配送规则）</Label>
          <Input
            id={`shipping-${quote.id}`}
            size="small"
            type="number"
            min={0}
            step={0.01}
            className="w-40"
            value={shipping}
            placeholder="按配送规则"
            onChange={(e) => setShipping(e.target.value)}
          />
        </div>
        <div className="flex min-w-64 flex-1 flex-col gap-y-1">
          <Label htmlFor={`note-${quote.id}`}>报价说明（采购单位可见，可选）</Label>
          <Textarea id={`note-${quote.id}`} rows={1} value={note} onChange={(e) => setNote(e.target.value)} placeholder="如：分两批送达，周一、周四各一次" />
        </div>
        <Text size="small" weight="plus">
          报价货款 {yuan(total)}
          {shipping.trim() && !Number.isNaN(Number(shipping)) ? ` + 运费 ${yuan(Number(shipping))}` : " + 运费按规则"}
        </Text>
        <Button size="small" type="submit" isLoading={answer.isPending}>
          {quote.status === "requested" ? "报价" : "更新报价"}
        </Button>
      </div>
    </form>
  )
}

export const config = defineRouteConfig({ label: "询价单", icon: ChatBubbleLeftRight })

export default QuotesPage
