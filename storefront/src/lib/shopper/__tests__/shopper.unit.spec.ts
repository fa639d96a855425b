import { describe, expect, it } from "vitest"
import { accountPath, cartBadge, parseShopper, SHOPPER_HEADERS, shopperBody } from ".."

describe("GET /api/shopper, the visitor's own part of the shop chrome", () => {
  it("says whether this browser is logged in and how many items its cart holds", () => {
    expect(shopperBody("jwt", 3)).toEqual({ logged_in: true, cart_count: 3 })
    expect(shopperBody(null, 0)).toEqual({ logged_in: false, cart_count: 0 })
    expect(shopperBody(null, Number.NaN)).toEqual({ logged_in: false, cart_count: 0 })
  })

  it("is never stored by a shared cache", () => {
    expect(SHOPPER_HEADERS["cache-control"]).toBe("private, no-store")
  })

  it("reads only a well-formed answer", () => {
    expect(parseShopper({ logged_in: true, cart_count: 2 })).toEqual({ logged_in: true, cart_count: 2 })
    expect(parseShopper({ logged_in: "yes", cart_count: 2 })).toBeNull()
    expect(parseShopper(null)).toBeNull()
  })

  it("sends 我的 to the login page only for a visitor known to be logged out", () => {
    expect(accountPath({ logged_in: false, cart_count: 0 })).toBe("/account/login")
    expect(accountPath({ logged_in: true, cart_count: 0 })).toBe("/account")
    // before the first answer: /account, which sends a visitor who is not logged in on to the login page
    expect(accountPath(null)).toBe("/account")
  })

  it("shows 99+ above 99 items", () => {
    expect(cartBadge(7)).toBe("7")
    expect(cartBadge(150)).toBe("99+")
  })
})
