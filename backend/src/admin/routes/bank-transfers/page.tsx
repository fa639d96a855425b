import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { type AdminListBankTransfersResponse, formatCny, ORDER_PAYMENT_STATUS_LABELS, type OrderPaymentStatus } from "@fupin/shared"
import { EntityFormDrawer, type FieldSpec } from "../../components/entity-form"
import { ListPagination } from "../../components/list-pagination"
import { sdk } from "../../lib/sdk"

const PAGE_SIZE = 20
const AMOUNT = /^\d+(\.\d{1,2})?$/

type TransferValues = {
  amount: string
  received_at: string
  payer_name: string
  payer_account: string
  bank_reference: string
  note: string
  allocations: string
}

/** 分配明细: one line per order, "订单ID 金额" (order_01… 1234.50). */
function parseAllocations(text: string): { allocations: Array<{ order_id: string; amount: string }>; problem?: string } {
  const allocations: Array<{ order_id: string; amount: string }> = []
  const lines = text.split(/\n/).map((l) => l.trim()).filter(Boolean)
  for (const [i, line] of lines.entries()) {
    const [order_id, amount, ...rest] = line.split(/[\s,，]+/)
    if (!order_id || !amount || rest.length || !AMOUNT.test(amount)) return { allocations, problem: `第 ${i + 1} 行应为「订单ID 金额」，金额最多两位小数` }
    allocations.push({ order_id, amount })
  }
  return { allocations }
}

const fen = (s: string) => Math.round(Number(s) * 100)

const FIELDS: FieldSpec<TransferValues>[] = [
  { name: "amount", label: "到账金额（元）", required: true, placeholder: "1234.50", check: (v) => (AMOUNT.test(String(v).trim()) && Number(v) > 0 ? undefined : "须大于 0，最多两位小数") },
  { name: "received_at", label: "到账日期", kind: "date", required: true },
  { name: "payer_name", label: "付款户名", required: true },
  { name: "payer_account", label: "付款账号", required: true, check: (v) => (/^[\d -]{6,40}$/.test(String(v).trim()) ? undefined : "6–40 位数字") },
  { name: "bank_reference", label: "银行流水号", required: true, hint: "同一流水号只能登记一次" },
  {
    name: "allocations",
    label: "分配到订单",
    kind: "textarea",
    required: true,
    placeholder: "order_01… 1234.50\norder_01… 200",
    hint: "每行一个订单：订单ID 金额；合计须等于到账金额（合并货款认领）",
    check: (v, values) => {
      const { allocations, problem } = parseAllocations(String(v))
      if (problem) return problem
      const sum = allocations.reduce((s, a) => s + fen(a.amount), 0)
      return AMOUNT.test(values.amount.trim()) && sum !== fen(values.amount.trim()) ? `合计 ¥${(sum / 100).toFixed(2)} 与到账金额不一致` : undefined
    },
  },
  { name: "note", label: "备注", kind: "textarea" },
]

const STATUS_COLORS: Record<OrderPaymentStatus, "grey" | "orange" | "green" | "purple"> = { awaiting: "grey", partial: "orange", paid: "green", overpaid: "purple" }

/** 对公转账登记 (bank transfers): what arrived on the receiving account and which orders it paid. */
const BankTransfersPage = () => {
  const client = useQueryClient()
  const [page, setPage] = useState(0)
  const [open, setOpen] = useState(false)
  const list = useQuery({
    queryKey: ["bank-transfers", page],
    queryFn: () => sdk.client.fetch<AdminListBankTransfersResponse>("/admin/bank-transfers", { query: { limit: PAGE_SIZE, offset: page * PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  })
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>对公转账登记</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            按银行流水登记到账款项；订单分配满额后自动确认收款（扣款），部分付款与多付如实显示。
          </Text>
        </div>
        <Button size="small" onClick={() => setOpen(true)}>
          登记转账
        </Button>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>到账日期</Table.HeaderCell>
            <Table.HeaderCell>银行流水号</Table.HeaderCell>
            <Table.HeaderCell>付款方</Table.HeaderCell>
            <Table.HeaderCell className="text-right">金额</Table.HeaderCell>
            <Table.HeaderCell>分配（订单 · 金额 · 付款状态）</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(list.data?.bank_transfers ?? []).map((t) => (
            <Table.Row key={t.id}>
              <Table.Cell>{t.received_at.slice(0, 10)}</Table.Cell>
              <Table.Cell>{t.bank_reference}</Table.Cell>
              <Table.Cell>
                {t.payer_name}
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t.payer_account}
                </Text>
              </Table.Cell>
              <Table.Cell className="text-right">{formatCny(t.amount)}</Table.Cell>
              <Table.Cell>
                {t.allocations.map((a) => (
                  <div key={a.order_id} className="flex items-center gap-2">
                    <span>#{a.display_id ?? a.order_id}</span>
                    <span>{formatCny(a.amount)}</span>
                    <Badge size="2xsmall" color={STATUS_COLORS[a.order_status]}>
                      {ORDER_PAYMENT_STATUS_LABELS[a.order_status].zh}
                    </Badge>
                  </div>
                ))}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {list.data && !list.data.count ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">尚未登记转账。</Text>
      ) : null}
      <ListPagination count={list.data?.count ?? 0} pageSize={PAGE_SIZE} page={page} onPageChange={setPage} />
      <EntityFormDrawer<TransferValues>
        title="登记对公转账"
        description="按银行回单填写；一笔转账可分配给多个订单。"
        open={open}
        onOpenChange={setOpen}
        fields={FIELDS}
        initial={{ amount: "", received_at: new Date().toISOString().slice(0, 10), payer_name: "", payer_account: "", bank_reference: "", note: "", allocations: "" }}
        submitLabel="登记"
        submit={(v) =>
          sdk.client.fetch("/admin/bank-transfers", {
            method: "POST",
            body: {
              amount: v.amount.trim(),
              received_at: v.received_at,
              payer_name: v.payer_name.trim(),
              payer_account: v.payer_account.trim(),
              bank_reference: v.bank_reference.trim(),
              note: v.note.trim() || null,
              allocations: parseAllocations(v.allocations).allocations,
            },
          })
        }
        onSaved={() => {
          void client.invalidateQueries({ queryKey: ["bank-transfers"] })
          toast.success("已登记转账")
        }}
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "对公转账", icon: Cash })

export default BankTransfersPage
