import { describe, expect, it } from "vitest"
import { shipmentTrace } from "../shipment-trace"

describe("a shipment's supplier trace", () => {
  it("reads the lot, origin and tracking a supplier recorded on its fulfilment", () => {
    const trace = shipmentTrace({
      metadata: {
        supplier_id: "sup_1",
        supplier_name: "寻甸示例01合作社",
        lot_number: " XD-2026-12-01 ",
        origin_village: "示例01村",
        carrier: "中国邮政",
        tracking_number: "9876543210123",
      },
    })
    expect(trace).toEqual({
      supplier_id: "sup_1",
      supplier_name: "寻甸示例01合作社",
      lot_number: "XD-2026-12-01",
      origin_village: "示例01村",
      carrier: "中国邮政",
      tracking_number: "9876543210123",
      station_id: null,
    })
  })

  it("has nothing to show for a fulfilment without a lot number (not a supplier's shipment)", () => {
    expect(shipmentTrace({ metadata: null })).toBeNull()
    expect(shipmentTrace({ metadata: { lot_number: "  ", carrier: "顺丰" } })).toBeNull()
    expect(shipmentTrace({ metadata: { lot_number: 42 } })).toBeNull()
  })
})
