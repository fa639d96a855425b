import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { formatCny } from "@fupin/shared"
import { institutionOfCart } from "../../../lib/institution/membership"
import { orderPayment } from "../../../lib/settlement/orders"
import { supplierProductIds } from "../../../lib/supplier-portal/listing-input"

export type SupplierShipmentItem = { line_item_id: string; quantity: number }

export type ValidateSupplierShipmentInput = {
  order_id: string
  supplier_id: string
  items: SupplierShipmentItem[]
  station_id?: string | null
}

type OrderRow = {
  id: string
  status: string
  metadata?: Record<string, unknown> | null
  items?: Array<{ id: string; product_id: string | null; quantity: number | string; detail?: { quantity?: number | string | null; fulfilled_quantity?: number | string | null } | null } | null> | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Before anything is written: every line is a line of this order and of this
 * supplier's products, none is named twice, none ships more than is left
 * unshipped, the order is not cancelled, and a station for pickup exists and is
 * active. Each refusal is a 400 naming the field. Runs under the order's lock,
 * so two shipments at once cannot both take the last unshipped unit.
 */
export const validateSupplierShipmentStep = createStep(
  "validate-supplier-shipment",
  async (input: ValidateSupplierShipmentInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "status", "metadata", "items.id", "items.product_id", "items.quantity", "items.detail.quantity", "items.detail.fulfilled_quantity"],
      filters: { id: input.order_id },
    })
    const order = data[0] as OrderRow | undefined
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.order_id} was not found`)
    if (order.status === "canceled") throw invalid("order_id: 订单已取消，不能发货 / the order is cancelled")
    // 先款后货: an institution on prepayment terms pays before anything ships (a shopper's order has no terms)
    const payment = institutionOfCart(order.metadata) ? await orderPayment(container, input.order_id) : null
    if (payment?.terms.awaiting_prepayment) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `order_id: 该采购单位为先款后货，待付款到账（还差 ${formatCny(payment.outstanding)}）后才能发货 / this institution pays before delivery: ship once its payment has arrived (${formatCny(payment.outstanding, "en")} outstanding)`
      )
    }
    const own = new Set(await supplierProductIds(container, input.supplier_id))
    const lines = new Map((order.items ?? []).filter((i) => !!i).map((i) => [i!.id, i!]))
    const seen = new Set<string>()
    input.items.forEach((item, n) => {
      const line = lines.get(item.line_item_id)
      if (!line || !line.product_id || !own.has(line.product_id)) {
        throw invalid(`items.${n}.line_item_id: 该订单中没有您的这一行商品 / not one of your lines in this order`)
      }
      if (seen.has(item.line_item_id)) throw invalid(`items.${n}.line_item_id: 同一行商品只能填写一次 / a line may be named once`)
      seen.add(item.line_item_id)
      const left = Number(line.detail?.quantity ?? line.quantity) - Number(line.detail?.fulfilled_quantity ?? 0)
      if (item.quantity > left) {
        throw invalid(`items.${n}.quantity: 超过未发货数量（还剩 ${left} 件）/ more than the ${left} left to ship`)
      }
    })
    if (input.station_id) {
      const { data: stations } = await query.graph({ entity: "service_station", fields: ["id", "name", "is_active"], filters: { id: input.station_id } })
      const station = stations[0] as { name: string; is_active: boolean } | undefined
      if (!station) throw invalid(`station_id: 服务站 ${input.station_id} 不存在 / no such service station`)
      if (!station.is_active) throw invalid(`station_id: 「${station.name}」已停用，请选择其他服务站 / this station is closed`)
    }
    return new StepResponse(true)
  }
)
