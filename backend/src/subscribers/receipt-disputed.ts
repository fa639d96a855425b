import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { formatCny } from "@fupin/shared"
import { RECEIVING_MODULE } from "../modules/receiving"
import type ReceivingModuleService from "../modules/receiving/service"
import { fenOf } from "../modules/settlement/service"
import { SUPPLIER_MODULE } from "../modules/supplier"
import type SupplierModuleService from "../modules/supplier/service"
import { supplierNames } from "../lib/statements/period"
import { SHIPMENT_RECEIPT_CONFIRMED_EVENT } from "../workflows/receiving/confirm-shipment-receipt"

type Data = { id: string; order_id: string; decision: string }

export const RECEIPT_DISPUTED_OPERATOR_TEMPLATE = "operator-receipt-disputed"
export const RECEIPT_DISPUTED_SUPPLIER_TEMPLATE = "supplier-receipt-disputed"

/**
 * An institution disputed a shipment on receipt (有异议): the operators (every
 * admin user) and the supplier's owners hear of it by e-mail through the
 * notification module, with what was short or damaged and what was deducted.
 * Once per receipt and recipient (idempotency key).
 */
export default async function receiptDisputed({ event, container }: SubscriberArgs<Data>) {
  if (event.data.decision !== "disputed") return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const [receipt] = await container.resolve<ReceivingModuleService>(RECEIVING_MODULE).listShipmentReceipts({ id: event.data.id }, { relations: ["lines"], take: 1 })
  if (!receipt) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, suppliers, institution] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: receipt.order_id } }),
    supplierNames(container, [receipt.supplier_id]),
    query.graph({ entity: "institution", fields: ["id", "name"], filters: { id: receipt.institution_id } }),
  ])
  const order = `#${(orders[0] as { display_id?: number } | undefined)?.display_id ?? receipt.order_id}`
  const buyer = (institution.data[0] as { name?: string } | undefined)?.name ?? receipt.institution_id
  const supplier = suppliers.get(receipt.supplier_id) ?? receipt.supplier_id
  const lines = receipt.lines
    .filter((l) => l.accepted_quantity < l.shipped_quantity)
    .map((l) => `${l.title}：发货 ${l.shipped_quantity}，实收 ${l.received_quantity}，破损 ${l.damaged_quantity}`)
    .join("\n")
  const deduction = formatCny(fenOf(receipt.deduction) / 100)
  const text = `${buyer} 对订单 ${order} 中 ${supplier} 的发货提出异议，扣减 ${deduction}。\n${lines}${receipt.note ? `\n备注：${receipt.note}` : ""}`
  const data = { subject: `验收有异议：${buyer} · 订单 ${order} / Receipt disputed`, order_id: receipt.order_id, receipt_id: receipt.id, deduction: fenOf(receipt.deduction) / 100, text }

  const operators = await container.resolve(Modules.USER).listUsers({}, { take: null, select: ["email"] })
  const owners = await container
    .resolve<SupplierModuleService>(SUPPLIER_MODULE)
    .listSupplierMembers({ supplier_id: receipt.supplier_id, role: "owner", status: "active" }, { take: null, select: ["email"] })
  const notifications = container.resolve(Modules.NOTIFICATION)
  const send = async (to: string, template: string) => {
    try {
      await notifications.createNotifications({ to, channel: "email", template, data, idempotency_key: `receipt-disputed:${receipt.id}:${to}` })
    } catch (error) {
      logger.warn(`disputed-receipt e-mail to ${to} failed: ${String(error)}`)
    }
  }
  for (const { email } of operators) if (email) await send(email, RECEIPT_DISPUTED_OPERATOR_TEMPLATE)
  for (const { email } of owners) if (email) await send(email, RECEIPT_DISPUTED_SUPPLIER_TEMPLATE)
}

export const config: SubscriberConfig = { event: SHIPMENT_RECEIPT_CONFIRMED_EVENT }
