import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { type InstitutionInvoiceDetailsDTO, type InstitutionOrderPaymentDTO, type ReceivingAccount } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"
import { cny } from "../../modules/institution/service"
import { invoiceDetailsFrom } from "../institution/invoice-details"
import { institutionOfCart } from "../institution/membership"
import { countyName, people, personLabel } from "../institution/portal"
import { provenanceOf } from "../institution/provenance"
import { orderPayment } from "../settlement/orders"
import { beijing, createDocument, fields, finish, heading, invoiceDetails, note, signatures, table, titleBlock, yuan } from "./pdf"

const ISSUER = "昆明消费扶贫电商平台 · Kunming consumer poverty-alleviation marketplace"

export type PurchaseOrderLine = { title: string; variant: string | null; sku: string | null; county: string; quantity: number; unit_price: number; total: number }

/** Everything a 采购单 prints; loaded by purchaseOrderData, drawn by renderPurchaseOrder. */
export type PurchaseOrderData = {
  order: { id: string; display_id: number | null; created_at: string; currency_code: string; subtotal: number; shipping: number; total: number }
  institution: { name: string; credit_code: string; address: string; contact: string; invoice: InstitutionInvoiceDetailsDTO | null }
  purchaser: string
  /** null: placed without approval (at or below the institution's threshold) */
  approval: { approver: string; decided_at: string | null; note: string | null } | null
  /** lines grouped by supplier, in the order the suppliers first appear */
  suppliers: Array<{ name: string; lines: PurchaseOrderLine[]; total: number }>
  /** what the order bought per county, and whether the institution has an intent agreement there */
  counties: Array<{ name: string; amount: number; agreement: boolean }>
  payment: { reference: string | null; account: ReceivingAccount | null; status_label: string; paid: number; outstanding: number; deduction: number; due: number }
}

type OrderRow = {
  id: string
  display_id?: number | null
  created_at: string | Date
  currency_code: string
  customer_id?: string | null
  metadata?: Record<string, unknown> | null
  item_total?: unknown
  shipping_total?: unknown
  total?: unknown
  items?: Array<{
    product_id?: string | null
    product_title?: string | null
    variant_title?: string | null
    variant_sku?: string | null
    quantity: unknown
    unit_price: unknown
    total?: unknown
  } | null> | null
}

/** Loads a 采购单 of an institution's order (the caller has checked the order is the institution's). */
export async function purchaseOrderData(container: MedusaContainer, orderId: string): Promise<PurchaseOrderData> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id", "display_id", "created_at", "currency_code", "customer_id", "metadata", "item_total", "shipping_total", "total",
      "items.product_id", "items.product_title", "items.variant_title", "items.variant_sku", "items.quantity", "items.unit_price", "items.total",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as unknown as OrderRow | undefined
  const institutionId = institutionOfCart(order?.metadata)
  if (!order || !institutionId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)

  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const institution = await service.retrieveInstitution(institutionId)
  const [approval] = await service.listInstitutionApprovals({ order_id: order.id, status: "approved" }, { take: 1 })
  const agreements = await service.listIntentAgreements({ institution_id: institutionId }, { take: null })
  const agreementCounties = new Set(agreements.filter((a) => a.status !== "cancelled").map((a) => a.county_handle))
  const who = await people(container, [order.customer_id, approval?.decided_by])

  const items = (order.items ?? []).filter((i): i is NonNullable<typeof i> => !!i)
  const provenance = await provenanceOf(container, items.map((i) => i.product_id).filter((id): id is string => !!id))
  const groups = new Map<string, PurchaseOrderData["suppliers"][number]>()
  const byCounty = new Map<string, number>()
  for (const i of items) {
    const p = i.product_id ? provenance.get(i.product_id) : undefined
    const supplier = p?.supplier_name ?? "平台自营（示例）"
    const countyHandle = p?.county_handle ?? "unknown"
    const total = cny(i.total ?? MathBN.mult(i.unit_price as never, i.quantity as never))
    let g = groups.get(supplier)
    if (!g) groups.set(supplier, (g = { name: supplier, lines: [], total: 0 }))
    g.lines.push({
      title: i.product_title ?? p?.title ?? "—",
      variant: i.variant_title ?? null,
      sku: i.variant_sku ?? null,
      county: countyName(countyHandle),
      quantity: Number(i.quantity),
      unit_price: cny(i.unit_price),
      total,
    })
    g.total = MathBN.add(g.total, total).toNumber()
    byCounty.set(countyHandle, MathBN.add(byCounty.get(countyHandle) ?? 0, total).toNumber())
  }

  const payment: InstitutionOrderPaymentDTO | null = await orderPayment(container, order.id)
  return {
    order: {
      id: order.id,
      display_id: order.display_id ?? null,
      created_at: new Date(order.created_at).toISOString(),
      currency_code: order.currency_code,
      subtotal: cny(order.item_total),
      shipping: cny(order.shipping_total),
      total: cny(order.total),
    },
    institution: {
      name: institution.name,
      credit_code: institution.credit_code,
      address: institution.address,
      contact: `${institution.contact_name} ${institution.contact_phone}`,
      invoice: invoiceDetailsFrom(institution.invoice_details),
    },
    purchaser: personLabel(order.customer_id ? who.get(order.customer_id) : undefined, "—"),
    approval: approval
      ? { approver: personLabel(who.get(approval.decided_by ?? ""), approval.decided_by ?? "—"), decided_at: approval.decided_at ? new Date(approval.decided_at).toISOString() : null, note: approval.note ?? null }
      : null,
    suppliers: [...groups.values()],
    counties: [...byCounty.entries()]
      .map(([handle, amount]) => ({ name: countyName(handle), amount, agreement: agreementCounties.has(handle) }))
      .sort((a, b) => b.amount - a.amount),
    payment: {
      reference: payment?.reference ?? null,
      account: payment?.account ?? null,
      status_label: payment ? `${payment.status_label.zh} ${payment.status_label.en}` : "—",
      paid: payment?.paid ?? 0,
      outstanding: payment?.outstanding ?? cny(order.total),
      deduction: payment?.deduction ?? 0,
      due: payment?.due ?? cny(order.total),
    },
  }
}

/** The document number of an order's 采购单: CG-<display id>. */
export const purchaseOrderNumber = (d: PurchaseOrderData) => `CG-${String(d.order.display_id ?? d.order.id).padStart(6, "0")}`

/** Draws the 采购单 (A4, Chinese first, English beside it). */
export async function renderPurchaseOrder(d: PurchaseOrderData): Promise<Buffer> {
  const number = purchaseOrderNumber(d)
  const doc = createDocument({ title: `采购单 ${number}`, subject: `Purchase order ${number} · ${d.institution.name}` })
  titleBlock(doc, { issuer: ISSUER, title: "采 购 单", titleEn: "Purchase order", number, date: beijing(d.order.created_at) })

  heading(doc, "采购单位", "Institution")
  fields(doc, [
    ["单位名称", d.institution.name],
    ["统一社会信用代码", d.institution.credit_code],
    ["地址", d.institution.address],
    ["联系人", d.institution.contact],
    ["下单人", d.purchaser],
    ["下单时间", beijing(d.order.created_at, true)],
    ["审批人", d.approval ? d.approval.approver : "无需审批（未超过审批限额）"],
    ["审批时间", d.approval ? beijing(d.approval.decided_at, true) : "—"],
  ])

  invoiceDetails(doc, d.institution.invoice)

  heading(doc, "采购明细（按供应商）", "Lines by supplier")
  const columns = [
    { header: "商品 Product", width: 0.34 },
    { header: "规格 / SKU", width: 0.2 },
    { header: "产地", width: 0.12 },
    { header: "数量", width: 0.08, align: "right" as const },
    { header: "单价", width: 0.12, align: "right" as const },
    { header: "金额", width: 0.14, align: "right" as const },
  ]
  for (const s of d.suppliers) {
    doc.font("zh-bold").fontSize(9.5).fillColor("#1d5c3a").text(`供应商：${s.name}`)
    doc.fillColor("#111")
    const rows = s.lines.map((l) => [l.title, [l.variant, l.sku].filter(Boolean).join(" / ") || "—", l.county, String(l.quantity), yuan(l.unit_price), yuan(l.total)])
    rows.push(["小计 Subtotal", "", "", "", "", yuan(s.total)])
    table(doc, columns, rows, { boldRows: new Set([rows.length - 1]) })
  }

  heading(doc, "合计", "Totals")
  fields(doc, [
    ["商品金额", yuan(d.order.subtotal)],
    ["运费", yuan(d.order.shipping)],
    ["订单总额", yuan(d.order.total)],
    ["供应商数", String(d.suppliers.length)],
  ])

  heading(doc, "计入意向性采购的县区", "Counties (intent agreements)")
  table(
    doc,
    [
      { header: "县区 County", width: 0.4 },
      { header: "意向协议 Agreement", width: 0.3 },
      { header: "金额 Amount", width: 0.3, align: "right" },
    ],
    d.counties.map((c) => [c.name, c.agreement ? "有 · 计入协议进度" : "无", yuan(c.amount)])
  )

  heading(doc, "付款方式：对公转账", "Payment by bank transfer")
  const a = d.payment.account
  fields(doc, [
    ["收款户名", a?.name ?? "—"],
    ["开户行", a?.bank ?? "—"],
    ["收款账号", a?.account ?? "—"],
    ["付款参考号", d.payment.reference ?? "—"],
    ["验收扣减", yuan(d.payment.deduction)],
    ["应付金额", yuan(d.payment.due)],
    ["付款状态", d.payment.status_label],
    ["已到账", yuan(d.payment.paid)],
    ["待付", yuan(d.payment.outstanding)],
  ])
  note(doc, `转账时请在附言（用途）中填写付款参考号 ${d.payment.reference ?? ""}，平台据此认领货款；一笔转账可支付多张采购单（合并货款认领）。 Quote the payment reference with the transfer.`)

  signatures(doc, ["采购经办人", "审批人", "财务"])
  return finish(doc, `${number} · ${d.institution.name} · 订单 #${d.order.display_id ?? d.order.id}`)
}
