import { describe, expect, it } from "vitest"
import { isValidSeason, SUPPLIER_STATUSES, supplierActions, supplierTransition } from "@fupin/shared"

describe("supplier review status machine", () => {
  it("lets operators approve or reject a pending supplier", () => {
    expect(supplierTransition("pending", "approve")).toEqual({ ok: true, to: "approved" })
    expect(supplierTransition("pending", "reject")).toEqual({ ok: true, to: "rejected" })
  })

  it("suspends an approved supplier and reinstates it", () => {
    expect(supplierTransition("approved", "suspend")).toEqual({ ok: true, to: "suspended" })
    expect(supplierTransition("suspended", "reinstate")).toEqual({ ok: true, to: "approved" })
  })

  it("refuses everything else with a message naming the status that allows it", () => {
    const refused = supplierTransition("rejected", "approve")
    expect(refused.ok).toBe(false)
    expect(!refused.ok && refused.message).toMatch(/cannot approve a supplier that is rejected.*only a pending supplier can be approved/)
    expect(supplierTransition("approved", "approve").ok).toBe(false)
    expect(supplierTransition("pending", "suspend").ok).toBe(false)
    expect(supplierTransition("approved", "reinstate").ok).toBe(false)
    expect(supplierTransition("suspended", "reject").ok).toBe(false)
  })

  it("offers exactly the buttons each status allows; a rejected supplier has none", () => {
    expect(supplierActions("pending")).toEqual(["approve", "reject"])
    expect(supplierActions("approved")).toEqual(["suspend"])
    expect(supplierActions("suspended")).toEqual(["reinstate"])
    expect(supplierActions("rejected")).toEqual([])
    for (const status of SUPPLIER_STATUSES) {
      for (const action of supplierActions(status)) expect(supplierTransition(status, action).ok).toBe(true)
    }
  })
})

describe("supply/demand file season", () => {
  it("accepts months 1–12 once each and refuses anything else", () => {
    expect(isValidSeason([1, 2, 12])).toBe(true)
    expect(isValidSeason([0])).toBe(false)
    expect(isValidSeason([13])).toBe(false)
    expect(isValidSeason([3, 3])).toBe(false)
    expect(isValidSeason([2.5])).toBe(false)
  })
})
