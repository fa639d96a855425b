import { describe, expect, it } from "vitest"
import { shopperMayCancel, shopperOrderTab } from "../shopper-orders"

describe("the tab an order sits under", () => {
  it("follows the order from payment to delivery", () => {
    expect(shopperOrderTab({ status: "pending", payment_status: "awaiting", fulfillment_status: "not_fulfilled" })).toBe("to_pay")
    expect(shopperOrderTab({ status: "pending", payment_status: "authorized", fulfillment_status: "not_fulfilled" })).toBe("to_ship")
    // packed by one supplier, nothing handed to a courier yet: still to ship
    expect(shopperOrderTab({ status: "pending", payment_status: "authorized", fulfillment_status: "partially_fulfilled" })).toBe("to_ship")
    expect(shopperOrderTab({ status: "pending", payment_status: "partially_captured", fulfillment_status: "partially_shipped" })).toBe("to_receive")
    expect(shopperOrderTab({ status: "pending", payment_status: "captured", fulfillment_status: "partially_delivered" })).toBe("to_receive")
    expect(shopperOrderTab({ status: "pending", payment_status: "captured", fulfillment_status: "delivered" })).toBe("done")
    expect(shopperOrderTab({ status: "completed", payment_status: "captured", fulfillment_status: "shipped" })).toBe("done")
  })

  it("puts an order with a return asked for under 售后, until the return is withdrawn", () => {
    const delivered = { status: "completed", payment_status: "captured", fulfillment_status: "delivered" }
    expect(shopperOrderTab({ ...delivered, returns: [{ status: "requested" }] })).toBe("after_sale")
    expect(shopperOrderTab({ ...delivered, returns: [{ status: "received" }] })).toBe("after_sale")
    expect(shopperOrderTab({ ...delivered, returns: [{ status: "canceled" }] })).toBe("done")
    expect(shopperOrderTab({ ...delivered, returns: [] })).toBe("done")
  })

  it("puts a cancelled order under 已取消 whatever its other statuses say", () => {
    expect(shopperOrderTab({ status: "canceled", payment_status: "canceled", fulfillment_status: "not_fulfilled" })).toBe("canceled")
    expect(shopperOrderTab({ status: "canceled", payment_status: "refunded", fulfillment_status: "canceled" })).toBe("canceled")
  })
})

describe("cancelling before shipment", () => {
  it("is open while nothing is packed or shipped", () => {
    expect(shopperMayCancel({ status: "pending", payment_status: "authorized", fulfillment_status: "not_fulfilled" })).toBe(true)
    expect(shopperMayCancel({ status: "pending", payment_status: "awaiting", fulfillment_status: "not_fulfilled" })).toBe(true)
  })

  it("is closed once a supplier packed or shipped, and for a cancelled or completed order", () => {
    expect(shopperMayCancel({ status: "pending", fulfillment_status: "partially_fulfilled" })).toBe(false)
    expect(shopperMayCancel({ status: "pending", fulfillment_status: "shipped" })).toBe(false)
    expect(shopperMayCancel({ status: "canceled", fulfillment_status: "not_fulfilled" })).toBe(false)
    expect(shopperMayCancel({ status: "completed", fulfillment_status: "delivered" })).toBe(false)
    // an institution's order, placed through its portal, is the operator's to cancel
    expect(shopperMayCancel({ status: "pending", fulfillment_status: "not_fulfilled", metadata: { institution_id: "inst_01" } })).toBe(false)
  })
})
