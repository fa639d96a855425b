import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import QRCode from "qrcode"
import type { InstitutionShipmentDTO } from "@fupin/shared"
import { readEnv } from "../../config/env"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"
import { deliveryOf } from "../institution/canteens"
import { institutionOfCart } from "../institution/membership"
import { orderShipments } from "../receiving/shipments"
import { beijing, createDocument, ensureSpace, fields, finish, heading, MARGIN, note, signatures, table, titleBlock, yuan } from "./pdf"

const ISSUER = "昆明消费扶贫电商平台 · Kunming consumer poverty-alleviation marketplace"
const DEV_STOREFRONT = "http://localhost:8000"

export type DeliveryNoteLine = {
  title: string
  variant: string | null
  sku: string | null
  quantity: number
  unit_price: number
  /** the product's 扶贫产品认定 certificate, when it has one, and the page that shows it */
  certificate: { number: string; url: string } | null
}

/** Everything a 送货单 prints; loaded by deliveryNoteData, drawn by renderDeliveryNote. */
export type DeliveryNoteData = {
  order: { id: string; display_id: number | null; created_at: string }
  institution: { name: string; address: string; contact: string } | null
  delivery: { canteen: string | null; address: string | null; contact: string | null; requested_delivery_date: string | null } | null
  shipment: InstitutionShipmentDTO
  lines: DeliveryNoteLine[]
}

type ItemRow = { id: string; product_id?: string | null; product_title?: string | null; variant_title?: string | null; variant_sku?: string | null }

/**
 * Loads the 送货单 of one supplier shipment of an order: the supplier, lot and
 * origin, where it goes, each line with its certificate, and the receipt if
 * the institution confirmed it. `supplierId` refuses another supplier's
 * shipment (404, as if it did not exist). The caller has checked the order.
 */
export async function deliveryNoteData(container: MedusaContainer, orderId: string, fulfillmentId: string, supplierId?: string): Promise<DeliveryNoteData> {
  const shipment = (await orderShipments(container, orderId, supplierId))?.find((s) => s.fulfillment_id === fulfillmentId)
  if (!shipment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Shipment with id: ${fulfillmentId} was not found`)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "created_at", "metadata", "items.id", "items.product_id", "items.product_title", "items.variant_title", "items.variant_sku"],
    filters: { id: orderId },
  })
  const order = data[0] as unknown as { id: string; display_id?: number | null; created_at: string | Date; metadata?: Record<string, unknown> | null; items?: Array<ItemRow | null> }
  const items = new Map((order.items ?? []).filter((i): i is ItemRow => !!i).map((i) => [i.id, i]))
  const productIds = [...new Set(shipment.lines.map((l) => items.get(l.line_item_id)?.product_id).filter((id): id is string => !!id))]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "certificate.number", "certificate.status"], filters: { id: productIds } })
    : { data: [] }
  const certificateOf = new Map(
    (products as unknown as Array<{ id: string; certificate?: { number: string; status: string } | null }>).map((p) => [p.id, p.certificate ?? null])
  )
  const storefront = readEnv(process.env, { needsDatabase: false }).storefrontUrl ?? DEV_STOREFRONT

  const institutionId = institutionOfCart(order.metadata)
  const institution = institutionId ? await container.resolve<InstitutionModuleService>(INSTITUTION_MODULE).retrieveInstitution(institutionId).catch(() => null) : null
  const delivery = deliveryOf(order.metadata)
  return {
    order: { id: order.id, display_id: order.display_id ?? null, created_at: new Date(order.created_at).toISOString() },
    institution: institution ? { name: institution.name, address: institution.address, contact: `${institution.contact_name} ${institution.contact_phone}` } : null,
    delivery: delivery ? { canteen: delivery.canteen, address: delivery.address, contact: delivery.contact, requested_delivery_date: delivery.requested_delivery_date } : null,
    shipment,
    lines: shipment.lines.map((l) => {
      const item = items.get(l.line_item_id)
      const certificate = item?.product_id ? certificateOf.get(item.product_id) : null
      return {
        title: l.title,
        variant: item?.variant_title ?? null,
        sku: item?.variant_sku ?? null,
        quantity: l.quantity,
        unit_price: l.unit_price,
        certificate: certificate?.number ? { number: certificate.number, url: `${storefront}/zh/certifications/${encodeURIComponent(certificate.number)}` } : null,
      }
    }),
  }
}

/** The document number of a shipment's 送货单: SH-<order display id>-<the fulfilment's last 6 characters>. */
export const deliveryNoteNumber = (d: DeliveryNoteData) => `SH-${String(d.order.display_id ?? d.order.id).padStart(6, "0")}-${d.shipment.fulfillment_id.slice(-6).toUpperCase()}`

/** Draws the 送货单 (A4): who ships what to whom, a QR code per certified product, and the receipt if there is one. */
export async function renderDeliveryNote(d: DeliveryNoteData): Promise<Buffer> {
  const number = deliveryNoteNumber(d)
  const s = d.shipment
  const doc = createDocument({ title: `送货单 ${number}`, subject: `Delivery note ${number} · ${s.supplier_name}` })
  titleBlock(doc, { issuer: ISSUER, title: "送 货 单", titleEn: "Delivery note", number, date: beijing(s.shipped_at) })

  heading(doc, "供货与收货", "Supplier and consignee")
  fields(doc, [
    ["供应商", s.supplier_name || "—"],
    ["批次号", s.lot_number ?? "—"],
    ["产地", s.origin_village ?? "—"],
    ["发货方式", s.station_id ? "送至电商服务站" : `${s.carrier ?? ""} ${s.tracking_number ?? ""}`.trim() || "—"],
    ["收货单位", d.institution?.name ?? "—"],
    ["收货食堂", d.delivery?.canteen ?? "—"],
    ["收货地址", d.delivery?.address ?? d.institution?.address ?? "—"],
    ["收货联系人", d.delivery?.contact ?? d.institution?.contact ?? "—"],
    ["订单号", `#${d.order.display_id ?? d.order.id}`],
    ["要求送达", d.delivery?.requested_delivery_date ?? "—"],
  ])

  heading(doc, "送货明细", "Lines")
  const receiptOf = new Map((s.receipt?.lines ?? []).map((l) => [l.line_item_id, l]))
  const rows = d.lines.map((l, i) => {
    const r = receiptOf.get(s.lines[i]!.line_item_id)
    return [
      l.title,
      [l.variant, l.sku].filter(Boolean).join(" / ") || "—",
      l.certificate?.number ?? "—",
      String(l.quantity),
      yuan(l.unit_price),
      yuan(Math.round(l.unit_price * l.quantity * 100) / 100),
      r ? String(r.accepted_quantity) : "",
    ]
  })
  table(
    doc,
    [
      { header: "商品 Product", width: 0.25 },
      { header: "规格 / SKU", width: 0.17 },
      { header: "认定证书", width: 0.17 },
      { header: "数量", width: 0.08, align: "right" },
      { header: "单价", width: 0.11, align: "right" },
      { header: "金额", width: 0.12, align: "right" },
      { header: "实收", width: 0.1, align: "right" },
    ],
    rows
  )

  const certified = d.lines.filter((l) => l.certificate)
  if (certified.length) {
    heading(doc, "扫码查验扶贫产品认定", "Scan to check each certificate")
    const size = 72
    const gap = 18
    let x = MARGIN
    ensureSpace(doc, size + 30)
    const y = doc.y
    for (const l of certified) {
      if (x + size > doc.page.width - MARGIN) break
      const png = await QRCode.toBuffer(l.certificate!.url, { type: "png", margin: 1, width: 240, errorCorrectionLevel: "M" })
      doc.image(png, x, y, { width: size, height: size })
      doc.font("zh").fontSize(7).fillColor("#333").text(`${l.title}\n${l.certificate!.number}`, x, y + size + 2, { width: size + gap - 4 })
      x += size + gap
    }
    doc.x = MARGIN
    doc.y = y + size + 28
  }

  heading(doc, "验收", "Receipt")
  if (s.receipt) {
    fields(doc, [
      ["验收结论", `${s.receipt.decision_label.zh} ${s.receipt.decision_label.en}`],
      ["验收时间", beijing(s.receipt.confirmed_at, true)],
      ["验收扣减", yuan(s.receipt.deduction)],
      ["备注", s.receipt.note ?? "—"],
    ])
  } else {
    note(doc, `收货后请在机构采购平台逐行确认实收数量；发货后未确认的，到期（${beijing(s.auto_accept_at)}）自动按全部验收。 Confirm what arrived in the portal; unconfirmed shipments are accepted in full on ${beijing(s.auto_accept_at)}.`)
  }
  signatures(doc, ["送货人", "收货人", "验收人"])
  return finish(doc, `${number} · ${s.supplier_name} → ${d.institution?.name ?? ""} · 订单 #${d.order.display_id ?? d.order.id}`)
}
