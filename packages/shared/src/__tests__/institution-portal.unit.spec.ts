import { describe, expect, it } from "vitest"
import { MEMBER_ROLE_LABELS, MEMBER_ROLES, needsApproval, normaliseMemberRoles, PAD_HEADER_ALIASES, PAD_TEMPLATE_COLUMNS } from "../index"

describe("member roles", () => {
  it("are stored once each, in one order, with zh and en labels", () => {
    expect(normaliseMemberRoles(["approver", "purchaser", "approver"])).toEqual(["purchaser", "approver"])
    for (const role of MEMBER_ROLES) expect(MEMBER_ROLE_LABELS[role].zh && MEMBER_ROLE_LABELS[role].en).toBeTruthy()
  })
})

describe("the approval threshold", () => {
  it("asks for an approver strictly above it, never without one", () => {
    expect(needsApproval(5000, 5000)).toBe(false)
    expect(needsApproval(5000.01, 5000)).toBe(true)
    expect(needsApproval(1_000_000, null)).toBe(false)
  })
})

describe("the order-pad template", () => {
  it("is read back by its own headers", () => {
    for (const c of PAD_TEMPLATE_COLUMNS) expect(PAD_HEADER_ALIASES[c.key]).toContain(c.header.toLowerCase())
  })
})
