import type { InstitutionStatementDTO, SupplierStatementDTO } from "@fupin/shared"
import { institutionStatementSheets, orderNo } from "../statements/tables"
import { beijing, createDocument, fields, finish, heading, invoiceDetails, note, signatures, table, titleBlock, yuan } from "./pdf"

const ISSUER = "昆明消费扶贫电商平台 · Kunming consumer poverty-alleviation marketplace"

/** A reduction printed with its sign (−¥19.90), nothing as ¥0.00 rather than −¥0.00. */
const less = (n: number) => (n ? -n : 0)

/** The statement's own number: 对账单 DZ-202612-<last 6 of the institution id>, 结算单 JS-…. */
const numberOf = (prefix: string, month: string, id: string) => `${prefix}-${month.replace("-", "")}-${id.slice(-6).toUpperCase()}`

export const institutionStatementNumber = (s: InstitutionStatementDTO) => numberOf("DZ", s.month, s.institution.id)
export const supplierStatementNumber = (s: SupplierStatementDTO) => numberOf("JS", s.month, s.supplier.id)

/** The state of the figures: a past month is closed, the current one is as of now. */
const asOf = (s: { to: string; generated_at: string }) =>
  new Date(s.generated_at) < new Date(s.to) ? `截至 ${beijing(s.generated_at, true)}（本月未结束，数字随验收和到账更新）` : `${beijing(new Date(new Date(s.to).getTime() - 1))} 月末`

/** 对账单: an institution's month — opening balance, what moved it, closing balance, and the month's orders. */
export async function renderInstitutionStatement(s: InstitutionStatementDTO): Promise<Buffer> {
  const number = institutionStatementNumber(s)
  const doc = createDocument({ title: `对账单 ${number}`, subject: `Monthly statement ${s.month} · ${s.institution.name}` })
  titleBlock(doc, { issuer: ISSUER, title: "对 账 单", titleEn: `Monthly statement · ${s.month}`, number, date: beijing(s.generated_at) })

  heading(doc, "采购单位", "Institution")
  fields(doc, [
    ["单位名称", s.institution.name],
    ["统一社会信用代码", s.institution.credit_code],
    ["地址", s.institution.address],
    ["联系人", s.institution.contact],
    ["对账期间", `${beijing(s.from)} 至 ${beijing(new Date(new Date(s.to).getTime() - 1))}`],
    ["数据时点", asOf(s)],
  ])

  invoiceDetails(doc, s.institution.invoice ?? null)

  heading(doc, "汇总", "Summary")
  table(
    doc,
    [
      { header: "期初应付", width: 1 / 6, align: "right" },
      { header: "本月采购", width: 1 / 6, align: "right" },
      { header: "本月取消", width: 1 / 6, align: "right" },
      { header: "验收扣减", width: 1 / 6, align: "right" },
      { header: "本月付款", width: 1 / 6, align: "right" },
      { header: "期末应付", width: 1 / 6, align: "right" },
    ],
    [[yuan(s.opening), yuan(s.purchases), yuan(less(s.cancellations)), yuan(less(s.deductions)), yuan(less(s.payments)), yuan(s.closing)]],
    { boldRows: new Set([0]) }
  )
  note(doc, "期末应付 = 期初应付 + 本月采购 − 本月取消 − 验收扣减 − 本月付款。负数表示多付（预付）。 Closing = opening + orders − cancelled − deducted − paid; a negative balance is paid in advance.")

  heading(doc, "明细", "Ledger")
  const ledger = institutionStatementSheets(s)[0]!
  table(
    doc,
    [
      { header: "日期 Date", width: 0.17 },
      { header: "摘要", width: 0.12 },
      { header: "订单", width: 0.09 },
      { header: "说明 Detail", width: 0.32 },
      { header: "金额", width: 0.15, align: "right" },
      { header: "余额 Balance", width: 0.15, align: "right" },
    ],
    ledger.rows.map((r) => [String(r.date ?? ""), String(r.kind ?? ""), String(r.order ?? ""), String(r.detail ?? ""), r.amount == null ? "" : yuan(Number(r.amount)), yuan(Number(r.balance))]),
    { boldRows: new Set([0, ledger.rows.length - 1]) }
  )
  if (!s.entries.length) note(doc, "本月没有采购、扣减或到账。 Nothing moved the balance this month.")

  heading(doc, "本月订单（当前状态）", "Orders placed this month, as they stand")
  if (s.orders.length) {
    const rows = s.orders.map((o) => [
      orderNo(o.display_id, o.order_id),
      beijing(o.placed_at),
      yuan(o.total),
      yuan(o.deduction),
      yuan(o.due),
      yuan(o.paid),
      yuan(o.outstanding),
      `${o.accepted_shipments}/${o.shipments}`,
      o.overdue ? `逾期 ${beijing(o.due_date)}` : o.due_date && o.outstanding > 0 ? `${o.payment_status_label.zh} · ${beijing(o.due_date)}前` : o.payment_status_label.zh,
    ])
    const sum = (k: "total" | "deduction" | "due" | "paid" | "outstanding") => s.orders.reduce((acc, o) => acc + Math.round(o[k] * 100), 0) / 100
    rows.push(["合计", "", yuan(sum("total")), yuan(sum("deduction")), yuan(sum("due")), yuan(sum("paid")), yuan(sum("outstanding")), "", ""])
    table(
      doc,
      [
        { header: "订单", width: 0.08 },
        { header: "下单日期", width: 0.12 },
        { header: "订单金额", width: 0.12, align: "right" },
        { header: "验收扣减", width: 0.11, align: "right" },
        { header: "应付", width: 0.12, align: "right" },
        { header: "已付", width: 0.12, align: "right" },
        { header: "未付", width: 0.12, align: "right" },
        { header: "验收", width: 0.08, align: "center" },
        { header: "付款 / 到期", width: 0.13 },
      ],
      rows,
      { boldRows: new Set([rows.length - 1]) }
    )
    note(doc, "「验收」为已验收的发货批次 / 全部发货批次。 Receipts: shipments accepted / shipments made.")
  } else {
    note(doc, "本月没有下单。 No orders were placed this month.")
  }

  signatures(doc, ["采购单位财务（盖章）", "平台对账人"])
  return finish(doc, `对账单 ${number} · ${s.institution.name} · ${s.month}`)
}

/** 结算单: a supplier's month — its shipments settled, deductions, what it is owed, and its sales. */
export async function renderSupplierStatement(s: SupplierStatementDTO): Promise<Buffer> {
  const number = supplierStatementNumber(s)
  const doc = createDocument({ title: `结算单 ${number}`, subject: `Settlement statement ${s.month} · ${s.supplier.legal_name}` })
  titleBlock(doc, { issuer: ISSUER, title: "结 算 单", titleEn: `Settlement statement · ${s.month}`, number, date: beijing(s.generated_at) })

  heading(doc, "供应商", "Supplier")
  fields(doc, [
    ["名称", s.supplier.legal_name],
    ["统一社会信用代码", s.supplier.credit_code],
    ["所在县区", s.supplier.county],
    ["结算期间", `${beijing(s.from)} 至 ${beijing(new Date(new Date(s.to).getTime() - 1))}`],
    ["数据时点", asOf(s)],
  ])

  heading(doc, "汇总", "Summary")
  fields(doc, [
    ["本月销售额", `${yuan(s.sold)}（本月下单的本企业商品）`],
    ["本月结算发货", yuan(s.shipped)],
    ["验收扣减", yuan(s.deductions)],
    ["本月应结", yuan(s.owed)],
    ["待验收", `${yuan(s.awaiting_acceptance)}（全部月份已发货、尚未验收）`],
  ])
  note(doc, "本月应结 = 本月验收（机构订单）或发货（零售订单）的批次金额 − 验收扣减。 Owed = shipments accepted (institutions) or shipped (retail) this month, less deductions.")

  heading(doc, "结算明细", "Shipments settled this month")
  if (s.settlements.length) {
    const rows = s.settlements.map((x) => [
      beijing(x.accepted_at),
      orderNo(x.display_id, x.order_id),
      x.buyer,
      x.channel === "retail" ? "零售发货" : x.auto_accepted ? "到期自动验收" : "验收",
      yuan(x.shipped_amount),
      yuan(x.deduction),
      yuan(x.accepted_amount),
    ])
    rows.push(["合计", "", "", "", yuan(s.shipped), yuan(s.deductions), yuan(s.owed)])
    table(
      doc,
      [
        { header: "日期", width: 0.12 },
        { header: "订单", width: 0.08 },
        { header: "买方 Buyer", width: 0.3 },
        { header: "方式", width: 0.13 },
        { header: "发货金额", width: 0.13, align: "right" },
        { header: "扣减", width: 0.11, align: "right" },
        { header: "应结", width: 0.13, align: "right" },
      ],
      rows,
      { boldRows: new Set([rows.length - 1]) }
    )
  } else {
    note(doc, "本月没有验收或发货的批次。 No shipment was settled this month.")
  }

  heading(doc, "本月销售", "Sales this month")
  if (s.sales.length) {
    const rows = s.sales.map((l) => [orderNo(l.display_id, l.order_id), l.buyer, [l.title, l.sku].filter(Boolean).join(" / "), String(l.quantity), yuan(l.unit_price), yuan(l.amount), String(l.shipped_quantity)])
    rows.push(["合计", "", "", "", "", yuan(s.sold), ""])
    table(
      doc,
      [
        { header: "订单", width: 0.08 },
        { header: "买方", width: 0.22 },
        { header: "商品 / SKU", width: 0.3 },
        { header: "数量", width: 0.07, align: "right" },
        { header: "单价", width: 0.1, align: "right" },
        { header: "金额", width: 0.13, align: "right" },
        { header: "已发", width: 0.1, align: "right" },
      ],
      rows,
      { boldRows: new Set([rows.length - 1]) }
    )
  } else {
    note(doc, "本月没有新订单。 No orders this month.")
  }

  signatures(doc, ["供应商（盖章）", "平台结算人"])
  return finish(doc, `结算单 ${number} · ${s.supplier.legal_name} · ${s.month}`)
}

