import { describe, expect, it } from "vitest"
import { orderPaymentTerms } from "../payment-terms"

const placedAt = "2026-12-01T02:00:00.000Z"
const acceptedAt = "2026-12-03T02:00:00.000Z"

describe("orderPaymentTerms", () => {
  it("账期: nothing is due while goods are on their way; once all is accepted the due date is that day plus the days", () => {
    expect(orderPaymentTerms({ terms: "net", days: 30, placedAt, acceptedAt: null, outstandingFen: 100, now: new Date("2027-06-01") })).toMatchObject({ due_date: null, overdue: false })
    const t = orderPaymentTerms({ terms: "net", days: 30, placedAt, acceptedAt, outstandingFen: 100, now: new Date("2027-01-01T02:00:00.000Z") })
    expect(t.due_date).toBe("2027-01-02T02:00:00.000Z")
    expect(t.overdue).toBe(false)
  })

  it("账期: overdue only past the due date with money outstanding, counted in whole days", () => {
    const late = orderPaymentTerms({ terms: "net", days: 30, placedAt, acceptedAt, outstandingFen: 100, now: new Date("2027-01-05T03:00:00.000Z") })
    expect(late).toMatchObject({ overdue: true, days_overdue: 3 })
    expect(orderPaymentTerms({ terms: "net", days: 30, placedAt, acceptedAt, outstandingFen: 0, now: new Date("2027-01-05") }).overdue).toBe(false)
    expect(orderPaymentTerms({ terms: "net", days: 30, placedAt, acceptedAt, outstandingFen: 100, canceled: true, now: new Date("2027-01-05") }).overdue).toBe(false)
  })

  it("先款后货: due when placed, holds the shipment until paid, never 'overdue'", () => {
    expect(orderPaymentTerms({ terms: "prepay", days: 30, placedAt, acceptedAt: null, outstandingFen: 100 })).toMatchObject({ due_date: placedAt, awaiting_prepayment: true, overdue: false, label: { zh: "先款后货" } })
    expect(orderPaymentTerms({ terms: "prepay", days: 30, placedAt, acceptedAt: null, outstandingFen: 0 }).awaiting_prepayment).toBe(false)
  })
})
