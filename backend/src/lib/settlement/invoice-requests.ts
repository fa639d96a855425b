import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { fromFen, INVOICE_REQUEST_STATUS_LABELS, type InstitutionInvoiceDetailsDTO, type InvoiceRequestDTO, type InvoiceRequestStatus } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"
import { RECEIVING_MODULE } from "../../modules/receiving"
import type ReceivingModuleService from "../../modules/receiving/service"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"
import { fenOf, quantityOf } from "../../modules/settlement/service"
import { invoiceDetailsOf } from "../institution/invoice-details"
import { supplierNames } from "../statements/period"

/**
 * 开票申请: an institution asks each supplier of an order to invoice its part
 * (its lines less what receipts deducted from them) with the institution's
 * 开票信息; each supplier sees its own requests and records the invoice it
 * issued. E-invoicing itself is out of scope.
 */

type InvoiceRequestRow = {
  id: string
  order_id: string
  supplier_id: string
  institution_id: string
  amount: unknown
  invoice_details: Record<string, unknown>
  status: string
  created_at: Date | string
  invoice_number: string | null
  issued_on: string | null
}

/** Each supplier's part of an order in fen: its lines less what receipts deducted from its shipments. */
export async function supplierParts(container: MedusaContainer, orderId: string): Promise<Map<string, number>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "items.*"], filters: { id: orderId } })
  const items = ((data[0] as { items?: Array<{ product_id: string | null; quantity: unknown; unit_price: unknown } | null> } | undefined)?.items ?? []).filter(
    (i): i is { product_id: string; quantity: unknown; unit_price: unknown } => !!i?.product_id
  )
  const { data: products } = items.length
    ? await query.graph({ entity: "product", fields: ["id", "supplier.id"], filters: { id: [...new Set(items.map((i) => i.product_id))] } })
    : { data: [] }
  const supplierOf = new Map((products as Array<{ id: string; supplier?: { id: string } | null }>).map((p) => [p.id, p.supplier?.id ?? null]))
  const parts = new Map<string, number>()
  for (const i of items) {
    const s = supplierOf.get(i.product_id)
    if (s) parts.set(s, (parts.get(s) ?? 0) + Math.round(fenOf(i.unit_price) * quantityOf(i.quantity)))
  }
  const receipts = await container.resolve<ReceivingModuleService>(RECEIVING_MODULE).listShipmentReceipts({ order_id: orderId }, { take: null, select: ["supplier_id", "deduction"] })
  for (const r of receipts) if (parts.has(r.supplier_id)) parts.set(r.supplier_id, parts.get(r.supplier_id)! - fenOf(r.deduction))
  return parts
}

export async function invoiceRequestDTOs(container: MedusaContainer, rows: InvoiceRequestRow[]): Promise<InvoiceRequestDTO[]> {
  if (!rows.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, suppliers, institutions] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: [...new Set(rows.map((r) => r.order_id))] } }),
    supplierNames(container, rows.map((r) => r.supplier_id)),
    container.resolve<InstitutionModuleService>(INSTITUTION_MODULE).listInstitutions({ id: [...new Set(rows.map((r) => r.institution_id))] }, { take: null, select: ["id", "name"] }),
  ])
  const display = new Map((orders as Array<{ id: string; display_id: number | null }>).map((o) => [o.id, o.display_id ?? null]))
  const names = new Map(institutions.map((i) => [i.id, i.name]))
  return rows.map((r) => {
    const status = r.status as InvoiceRequestStatus
    return {
      id: r.id,
      order_id: r.order_id,
      display_id: display.get(r.order_id) ?? null,
      supplier_id: r.supplier_id,
      supplier_name: suppliers.get(r.supplier_id) ?? r.supplier_id,
      institution_name: names.get(r.institution_id) ?? r.institution_id,
      amount: fromFen(fenOf(r.amount)),
      invoice: r.invoice_details as unknown as InstitutionInvoiceDetailsDTO,
      status,
      status_label: INVOICE_REQUEST_STATUS_LABELS[status],
      requested_at: new Date(r.created_at).toISOString(),
      invoice_number: r.invoice_number,
      issued_on: r.issued_on,
    }
  })
}

const settlement = (container: MedusaContainer) => container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)

export async function orderInvoiceRequests(container: MedusaContainer, orderId: string): Promise<InvoiceRequestDTO[]> {
  const rows = await settlement(container).listInvoiceRequests({ order_id: orderId }, { take: null, order: { created_at: "ASC" } })
  return invoiceRequestDTOs(container, rows as unknown as InvoiceRequestRow[])
}

/**
 * Asks every supplier of the order that has not been asked yet (one write: all
 * or none); refused with a 400 naming `invoice` while the institution has no
 * 开票信息, and for a cancelled order.
 */
export async function requestInvoices(container: MedusaContainer, input: { order_id: string; institution_id: string; customer_id: string }): Promise<InvoiceRequestDTO[]> {
  const invoice = await invoiceDetailsOf(container, input.institution_id)
  if (!invoice) throw new MedusaError(MedusaError.Types.INVALID_DATA, "invoice: 请先由管理员填写开票信息 / your admin must fill in the invoice details first")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "status"], filters: { id: input.order_id } })
  if ((data[0] as { status?: string } | undefined)?.status === "canceled") throw new MedusaError(MedusaError.Types.INVALID_DATA, "order_id: 订单已取消 / the order is cancelled")
  const parts = await supplierParts(container, input.order_id)
  const existing = new Set((await settlement(container).listInvoiceRequests({ order_id: input.order_id }, { take: null, select: ["supplier_id"] })).map((r) => r.supplier_id))
  const fresh = [...parts.entries()].filter(([supplierId, fen]) => !existing.has(supplierId) && fen > 0)
  if (fresh.length) {
    await settlement(container).createInvoiceRequests(
      fresh.map(([supplier_id, fen]) => ({
        order_id: input.order_id,
        supplier_id,
        institution_id: input.institution_id,
        amount: fromFen(fen),
        invoice_details: invoice as unknown as Record<string, unknown>,
        requested_by: input.customer_id,
      }))
    )
  }
  return orderInvoiceRequests(container, input.order_id)
}

export async function supplierInvoiceRequests(container: MedusaContainer, supplierId: string, status?: InvoiceRequestStatus): Promise<InvoiceRequestDTO[]> {
  const rows = await settlement(container).listInvoiceRequests({ supplier_id: supplierId, ...(status ? { status } : {}) }, { take: 200, order: { created_at: "DESC" } })
  return invoiceRequestDTOs(container, rows as unknown as InvoiceRequestRow[])
}

/** The supplier records the invoice it issued; the access rule has checked the request is its own. */
export async function issueInvoice(container: MedusaContainer, input: { id: string; invoice_number: string; issued_on: string; member_id: string }): Promise<InvoiceRequestDTO> {
  const updated = await settlement(container).updateInvoiceRequests({ id: input.id, status: "issued", invoice_number: input.invoice_number, issued_on: input.issued_on, issued_by: input.member_id })
  const [dto] = await invoiceRequestDTOs(container, [updated as unknown as InvoiceRequestRow])
  return dto!
}
