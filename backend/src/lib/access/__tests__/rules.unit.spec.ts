import { describe, expect, it } from "vitest"
import type { Owner } from "../owners"
import { type ActorAccess, actorFor, referencesOf, SHOPPER, shopperRule } from "../rules"

const owner = (over: Partial<Owner> = {}): Owner => ({
  kind: "cart",
  id: "cart_1",
  customer_id: "cus_owner",
  registered: true,
  closed: false,
  email: "owner@example.com",
  ...over,
})
const as = (actor_id?: string) => (actor_id ? { actor_type: "customer", actor_id } : {})
const get = (path: string) => ({ method: "GET", path, via: "path" as const })

describe("the shopper's rule", () => {
  it("gives a registered customer's record to that customer only", () => {
    expect(shopperRule(as("cus_owner"), owner(), get("/store/carts/cart_1"))).toBe(true)
    expect(shopperRule(as("cus_other"), owner(), get("/store/carts/cart_1"))).toBe(false)
    expect(shopperRule(as(), owner(), get("/store/carts/cart_1"))).toBe(false)
    // a logged-in user of another actor type is not the customer
    expect(shopperRule({ actor_type: "user", actor_id: "cus_owner" }, owner(), get("/store/carts/cart_1"))).toBe(false)
  })

  it("lets whoever holds a guest's id use the guest's record", () => {
    const guest = owner({ registered: false, customer_id: "cus_guest" })
    expect(shopperRule(as(), guest, get("/store/carts/cart_1"))).toBe(true)
    expect(shopperRule(as("cus_other"), guest, get("/store/carts/cart_1"))).toBe(true)
  })

  it("closes a completed cart to everyone, except completing it again", () => {
    const done = owner({ closed: true, registered: false })
    expect(shopperRule(as(), done, get("/store/carts/cart_1"))).toBe(false)
    expect(shopperRule(as(), done, { method: "POST", path: "/store/carts/cart_1/complete", via: "path" })).toBe(true)
    // naming the cart in a body on a route that happens to end in /complete does not count
    expect(shopperRule(as(), done, { method: "POST", path: "/store/x/complete", via: "body" })).toBe(false)
    const registeredDone = owner({ closed: true })
    expect(shopperRule(as("cus_other"), registeredDone, { method: "POST", path: "/store/carts/cart_1/complete", via: "path" })).toBe(false)
  })
})

describe("what a request names", () => {
  it("finds records in the path, the query string and the body", () => {
    expect(referencesOf(SHOPPER, { path: "/store/carts/cart_1/line-items/item_1" })).toEqual([{ kind: "cart", id: "cart_1", via: "path" }])
    expect(referencesOf(SHOPPER, { path: "/store/orders/order_1/transfer/request" })).toEqual([{ kind: "order", id: "order_1", via: "path" }])
    expect(
      referencesOf(SHOPPER, { path: "/store/shipping-options", query: { cart_id: ["cart_1", "cart_2"] }, body: { order_id: "order_9" } })
    ).toEqual([
      { kind: "cart", id: "cart_1", via: "query" },
      { kind: "cart", id: "cart_2", via: "query" },
      { kind: "order", id: "order_9", via: "body" },
    ])
    expect(referencesOf(SHOPPER, { path: "/store/payment-collections/pay_col_1/payment-sessions" })).toEqual([
      { kind: "payment_collection", id: "pay_col_1", via: "path" },
    ])
  })

  it("names nothing on lists and public routes, and leaves implausible ids to validation", () => {
    expect(referencesOf(SHOPPER, { path: "/store/carts" })).toEqual([])
    expect(referencesOf(SHOPPER, { path: "/store/products/prod_1" })).toEqual([])
    expect(referencesOf(SHOPPER, { path: "/store/carts/a%00b" })).toEqual([])
    expect(referencesOf(SHOPPER, { path: "/store/shipping-options", query: { cart_id: { $ne: 1 } } })).toEqual([])
  })
})

describe("which actor a request is", () => {
  it("takes the longest matching prefix", () => {
    const member: ActorAccess = { actor: "institution", prefix: "/store/institution/", references: [], rule: () => false }
    expect(actorFor("/store/carts/c", [SHOPPER, member])?.actor).toBe("store")
    expect(actorFor("/store/institution/orders", [SHOPPER, member])?.actor).toBe("institution")
    expect(actorFor("/admin/orders", [SHOPPER, member])).toBeUndefined()
  })
})
