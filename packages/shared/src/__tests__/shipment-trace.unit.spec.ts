import { describe, expect, it } from "vitest"
import { shipmentTrace, shipmentTraces } from "../supplier-portal"

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

describe("an order's shipment traces", () => {
  it("keeps the suppliers' shipments in order and skips fulfilments without a trace", () => {
    const traces = shipmentTraces([
      { metadata: { supplier_id: "sup_1", lot_number: "A-1", carrier: "中国邮政", tracking_number: "98" } },
      null,
      { metadata: { note: "operator's own fulfilment" } },
      { metadata: { supplier_id: "sup_2", lot_number: "B-2", station_id: "stn_1" } },
    ])
    expect(traces.map((t) => [t.supplier_id, t.lot_number, t.station_id])).toEqual([
      ["sup_1", "A-1", null],
      ["sup_2", "B-2", "stn_1"],
    ])
    expect(shipmentTraces(undefined)).toEqual([])
  })
})
