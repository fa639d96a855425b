import ExcelJS from "exceljs"
import Papa from "papaparse"
import {
  type InstitutionStatementDTO,
  ORDER_STATUS_LABELS,
  RECEIPT_DECISION_LABELS,
  STATEMENT_ENTRY_LABELS,
  type SupplierStatementDTO,
} from "@fupin/shared"
import { beijing } from "../documents/pdf"

/**
 * Statements as tables for a finance office: an XLSX workbook with one sheet
 * per part (summary, ledger or settlements, orders or sales), amounts as
 * numbers formatted to the fen; or the main table alone as CSV (UTF-8 with a
 * BOM, so Excel opens the Chinese correctly).
 */

type Cell = string | number | null
export type Sheet = { name: string; columns: Array<{ header: string; key: string; width?: number; money?: boolean }>; rows: Array<Record<string, Cell>> }

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

export async function toXlsx(sheets: Sheet[], title: string): Promise<{ body: Buffer; type: string }> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = "昆明消费扶贫电商平台"
  workbook.title = title
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.name)
    sheet.columns = s.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 14 }))
    sheet.getRow(1).font = { bold: true }
    sheet.views = [{ state: "frozen", ySplit: 1 }]
    for (const c of s.columns) if (c.money) sheet.getColumn(c.key).numFmt = "#,##0.00"
    sheet.addRows(s.rows)
  }
  return { body: Buffer.from(await workbook.xlsx.writeBuffer()), type: XLSX_TYPE }
}

export function toCsv(sheet: Sheet): { body: Buffer; type: string } {
  const data = [sheet.columns.map((c) => c.header), ...sheet.rows.map((r) => sheet.columns.map((c) => (r[c.key] == null ? "" : c.money ? Number(r[c.key]).toFixed(2) : String(r[c.key]))))]
  return { body: Buffer.from("\ufeff" + Papa.unparse(data) + "\r\n", "utf8"), type: "text/csv; charset=utf-8" }
}

/** #42, or the order id when it has no display number. */
export const orderNo = (display: number | null, id: string) => (display != null ? `#${display}` : id)
const statusZh = (status: string) => ORDER_STATUS_LABELS[status]?.zh ?? status

/** 汇总 / 明细 / 本月订单: the CSV is the ledger (明细), from the opening to the closing balance. */
export function institutionStatementSheets(s: InstitutionStatementDTO): Sheet[] {
  const summary: Sheet = {
    name: "汇总",
    columns: [
      { header: "项目", key: "item", width: 28 },
      { header: "金额（元）", key: "amount", width: 16, money: true },
    ],
    rows: [
      { item: "采购单位", amount: null },
      { item: s.institution.name, amount: null },
      { item: `统一社会信用代码 ${s.institution.credit_code}`, amount: null },
      { item: `对账月份 ${s.month}`, amount: null },
      { item: "期初应付 Opening balance", amount: s.opening },
      { item: "本月采购 Orders placed", amount: s.purchases },
      { item: "本月取消 Cancelled", amount: s.cancellations ? -s.cancellations : 0 },
      { item: "验收扣减 Deducted on receipt", amount: s.deductions ? -s.deductions : 0 },
      { item: "本月付款 Transfers received", amount: s.payments ? -s.payments : 0 },
      { item: "期末应付 Closing balance", amount: s.closing },
    ],
  }
  const ledger: Sheet = {
    name: "明细",
    columns: [
      { header: "日期", key: "date", width: 18 },
      { header: "摘要", key: "kind", width: 12 },
      { header: "订单号", key: "order", width: 12 },
      { header: "说明", key: "detail", width: 36 },
      { header: "金额（元）", key: "amount", width: 14, money: true },
      { header: "余额（元）", key: "balance", width: 14, money: true },
    ],
    rows: [
      { date: beijing(s.from), kind: "期初余额", order: null, detail: null, amount: null, balance: s.opening },
      ...s.entries.map((e) => ({
        date: beijing(e.at, true),
        kind: STATEMENT_ENTRY_LABELS[e.kind].zh,
        order: orderNo(e.display_id, e.order_id),
        detail: e.detail || null,
        amount: e.amount,
        balance: e.balance,
      })),
      { date: beijing(new Date(Math.min(Date.now(), new Date(s.to).getTime() - 1))), kind: "期末余额", order: null, detail: null, amount: null, balance: s.closing },
    ],
  }
  const orders: Sheet = {
    name: "本月订单",
    columns: [
      { header: "订单号", key: "order", width: 10 },
      { header: "下单时间", key: "placed_at", width: 18 },
      { header: "采购员", key: "placed_by", width: 30 },
      { header: "状态", key: "status", width: 10 },
      { header: "订单金额", key: "total", money: true },
      { header: "验收扣减", key: "deduction", money: true },
      { header: "应付", key: "due", money: true },
      { header: "已付", key: "paid", money: true },
      { header: "未付", key: "outstanding", money: true },
      { header: "多付", key: "overpaid", money: true },
      { header: "已验收/发货", key: "receipts", width: 12 },
      { header: "付款状态", key: "payment", width: 10 },
      { header: "付款到期日", key: "due_date", width: 12 },
    ],
    rows: s.orders.map((o) => ({
      order: orderNo(o.display_id, o.order_id),
      placed_at: beijing(o.placed_at, true),
      placed_by: o.placed_by,
      status: statusZh(o.status),
      total: o.total,
      deduction: o.deduction,
      due: o.due,
      paid: o.paid,
      outstanding: o.outstanding,
      overpaid: o.overpaid,
      receipts: `${o.accepted_shipments}/${o.shipments}`,
      payment: o.overdue ? `${o.payment_status_label.zh}（逾期）` : o.payment_status_label.zh,
      due_date: o.due_date ? beijing(o.due_date) : null,
    })),
  }
  return [ledger, summary, orders]
}

/** 结算明细 / 汇总 / 本月销售: the CSV is the settlements (结算明细), with their total. */
export function supplierStatementSheets(s: SupplierStatementDTO): Sheet[] {
  const settlements: Sheet = {
    name: "结算明细",
    columns: [
      { header: "验收日期", key: "accepted_at", width: 18 },
      { header: "订单号", key: "order", width: 10 },
      { header: "买方", key: "buyer", width: 30 },
      { header: "发货日期", key: "shipped_at", width: 18 },
      { header: "验收方式", key: "how", width: 12 },
      { header: "发货金额", key: "shipped", money: true },
      { header: "验收扣减", key: "deduction", money: true },
      { header: "应结金额", key: "owed", money: true },
    ],
    rows: [
      ...s.settlements.map((x) => ({
        accepted_at: beijing(x.accepted_at, true),
        order: orderNo(x.display_id, x.order_id),
        buyer: x.buyer,
        shipped_at: beijing(x.shipped_at, true),
        how: x.channel === "retail" ? "零售发货" : x.auto_accepted ? "到期自动验收" : x.deduction > 0 ? "验收（有扣减）" : RECEIPT_DECISION_LABELS.accepted.zh,
        shipped: x.shipped_amount,
        deduction: x.deduction,
        owed: x.accepted_amount,
      })),
      { accepted_at: "合计", order: null, buyer: null, shipped_at: null, how: null, shipped: s.shipped, deduction: s.deductions, owed: s.owed },
    ],
  }
  const summary: Sheet = {
    name: "汇总",
    columns: [
      { header: "项目", key: "item", width: 34 },
      { header: "金额（元）", key: "amount", width: 16, money: true },
    ],
    rows: [
      { item: s.supplier.legal_name, amount: null },
      { item: `统一社会信用代码 ${s.supplier.credit_code}`, amount: null },
      { item: `结算月份 ${s.month}`, amount: null },
      { item: "本月销售额 Sold (orders placed)", amount: s.sold },
      { item: "本月结算发货 Shipped, settled this month", amount: s.shipped },
      { item: "验收扣减 Deducted on receipt", amount: s.deductions },
      { item: "本月应结 Owed for this month", amount: s.owed },
      { item: "待验收（全部月份） Awaiting acceptance", amount: s.awaiting_acceptance },
    ],
  }
  const sales: Sheet = {
    name: "本月销售",
    columns: [
      { header: "下单时间", key: "placed_at", width: 18 },
      { header: "订单号", key: "order", width: 10 },
      { header: "买方", key: "buyer", width: 30 },
      { header: "商品", key: "title", width: 30 },
      { header: "SKU", key: "sku", width: 24 },
      { header: "数量", key: "quantity", width: 8 },
      { header: "单价", key: "unit_price", money: true },
      { header: "金额", key: "amount", money: true },
      { header: "已发货", key: "shipped", width: 8 },
    ],
    rows: s.sales.map((l) => ({
      placed_at: beijing(l.placed_at, true),
      order: orderNo(l.display_id, l.order_id),
      buyer: l.buyer,
      title: l.title,
      sku: l.sku,
      quantity: l.quantity,
      unit_price: l.unit_price,
      amount: l.amount,
      shipped: l.shipped_quantity,
    })),
  }
  return [settlements, summary, sales]
}
