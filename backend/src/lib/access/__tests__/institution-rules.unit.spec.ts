import { describe, expect, it } from "vitest"
import type { Membership } from "../../institution/membership"
import type { Owner } from "../owners"
import { actorFor, INSTITUTION, institutionGate, institutionRule, rolesNeeded, shopperRule } from "../rules"

const member = (over: Partial<Membership> = {}): Membership => ({
  id: "instb_1",
  customer_id: "cus_p",
  institution_id: "inst_a",
  roles: ["purchaser"],
  institution_status: "approved",
  ...over,
})
const caller = (m: Membership | null) => ({ actor_type: "customer", actor_id: m?.customer_id ?? "cus_x", member: m })
const cart = (over: Partial<Owner> = {}): Owner => ({
  kind: "cart",
  id: "cart_1",
  customer_id: "cus_p",
  registered: true,
  closed: false,
  email: null,
  institution_id: "inst_a",
  frozen: false,
  ...over,
})
const req = (method: string, path: string) => ({ method, path, via: "path" as const })

describe("the institution actor", () => {
  it("owns /store/institution/ ahead of the shopper's /store/", () => {
    expect(actorFor("/store/institution/me")).toBe(INSTITUTION)
    expect(actorFor("/store/carts/cart_1")?.actor).toBe("store")
  })

  it("refuses a caller who is no member, or whose institution is not approved, with 403", () => {
    expect(institutionGate(caller(null), { method: "GET", path: "/store/institution/me" })).toMatchObject({ status: 403 })
    expect(institutionGate(caller(member({ institution_status: "suspended" })), { method: "GET", path: "/store/institution/me" })).toMatchObject({ status: 403 })
    expect(institutionGate(caller(member()), { method: "GET", path: "/store/institution/me" })).toBeNull()
  })

  it("asks for the role each action needs: purchasers build and submit, approvers decide, admins manage", () => {
    expect(rolesNeeded("POST", "/store/institution/carts")).toEqual(["purchaser"])
    expect(rolesNeeded("POST", "/store/institution/carts/cart_1/lines")).toEqual(["purchaser"])
    expect(rolesNeeded("POST", "/store/institution/carts/cart_1/submit")).toEqual(["purchaser"])
    expect(rolesNeeded("POST", "/store/institution/pad/check")).toEqual(["purchaser"])
    expect(rolesNeeded("POST", "/store/institution/approvals/instapr_1/approve")).toEqual(["approver"])
    expect(rolesNeeded("POST", "/store/institution/approvals/instapr_1/reject")).toEqual(["approver"])
    expect(rolesNeeded("POST", "/store/institution/members")).toEqual(["admin"])
    expect(rolesNeeded("GET", "/store/institution/dashboard")).toBeNull()
    const approverOnly = caller(member({ roles: ["approver"] }))
    expect(institutionGate(approverOnly, { method: "POST", path: "/store/institution/carts" })).toMatchObject({ status: 403, message: expect.stringContaining("采购员") })
    expect(institutionGate(approverOnly, { method: "POST", path: "/store/institution/approvals/instapr_1/approve" })).toBeNull()
  })

  it("lets purchasers and admins keep the 常用清单, and every member read them", () => {
    expect(rolesNeeded("POST", "/store/institution/lists")).toEqual(["purchaser", "admin"])
    expect(rolesNeeded("DELETE", "/store/institution/lists/instlst_1")).toEqual(["purchaser", "admin"])
    expect(rolesNeeded("GET", "/store/institution/lists/instlst_1")).toBeNull()
    const approverOnly = caller(member({ roles: ["approver"] }))
    expect(institutionGate(approverOnly, { method: "POST", path: "/store/institution/lists" })).toMatchObject({
      status: 403,
      message: expect.stringContaining("「采购员」或「管理员」"),
    })
    expect(institutionGate(approverOnly, { method: "GET", path: "/store/institution/lists" })).toBeNull()
    expect(institutionGate(caller(member({ roles: ["admin"] })), { method: "POST", path: "/store/institution/lists/instlst_1" })).toBeNull()
  })

  it("gives an institution's records to its members only, as a missing record to anyone else", () => {
    expect(institutionRule(caller(member()), cart(), req("GET", "/store/institution/carts/cart_1"))).toBe(true)
    expect(institutionRule(caller(member({ institution_id: "inst_b" })), cart(), req("GET", "/store/institution/carts/cart_1"))).toBe(false)
    // a shopper's own cart is no institution's
    expect(institutionRule(caller(member()), cart({ institution_id: null }), req("GET", "/store/institution/carts/cart_1"))).toBe(false)
    expect(institutionRule(caller(member()), cart({ closed: true }), req("POST", "/store/institution/carts/cart_1/lines"))).toBe(false)
  })

  it("keeps a frozen cart from changing, here and on the shopper's cart routes", () => {
    const frozen = cart({ frozen: true })
    expect(institutionRule(caller(member()), frozen, req("POST", "/store/institution/carts/cart_1/lines"))).toMatchObject({ status: 409 })
    expect(institutionRule(caller(member()), frozen, req("GET", "/store/institution/carts/cart_1"))).toBe(true)
    const owner = { actor_type: "customer", actor_id: "cus_p" }
    expect(shopperRule(owner, frozen, req("POST", "/store/carts/cart_1/line-items"))).toMatchObject({ status: 409 })
    expect(shopperRule(owner, frozen, req("DELETE", "/store/carts/cart_1/line-items/li_1"))).toMatchObject({ status: 409 })
    expect(shopperRule(owner, frozen, req("GET", "/store/carts/cart_1"))).toBe(true)
    // someone else still gets the 404 of a missing record, frozen or not
    expect(shopperRule({ actor_type: "customer", actor_id: "cus_x" }, frozen, req("POST", "/store/carts/cart_1/line-items"))).toBe(false)
  })

  it("never lets an approver decide a request they submitted", () => {
    const approval: Owner = { kind: "institution_approval", id: "instapr_1", customer_id: null, registered: false, closed: false, email: null, institution_id: "inst_a", requested_by: "cus_p" }
    const both = caller(member({ roles: ["purchaser", "approver"] }))
    expect(institutionRule(both, approval, req("POST", "/store/institution/approvals/instapr_1/approve"))).toMatchObject({ status: 403 })
    expect(institutionRule(caller(member({ customer_id: "cus_a", roles: ["approver"] })), approval, req("POST", "/store/institution/approvals/instapr_1/approve"))).toBe(true)
    // withdrawing one's own request is the requester's
    expect(institutionRule(both, approval, req("POST", "/store/institution/approvals/instapr_1/cancel"))).toBe(true)
  })
})
