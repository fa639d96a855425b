import { describe, expect, it } from "vitest"
import { totalOrder } from "../pagination"

describe("a list's order made total with the id", () => {
  it("follows the route's order with the id in the same direction", () => {
    expect(totalOrder({ skip: 20, take: 10, order: { created_at: "DESC" } })).toEqual({ skip: 20, take: 10, order: { created_at: "DESC", id: "DESC" } })
    expect(totalOrder({ order: { sort_order: "ASC" } }).order).toEqual({ sort_order: "ASC", id: "ASC" })
  })

  it("leaves an order by id as it is, and orders newest first when the route gave none", () => {
    expect(totalOrder({ order: { id: "DESC" } }).order).toEqual({ id: "DESC" })
    expect(totalOrder({ skip: 0, take: 5 })).toEqual({ skip: 0, take: 5, order: { created_at: "DESC", id: "DESC" } })
    expect(totalOrder(undefined).order).toEqual({ created_at: "DESC", id: "DESC" })
  })
})
