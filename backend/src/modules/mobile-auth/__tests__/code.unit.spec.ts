import { describe, expect, it } from "vitest"
import { checkMobileCode, hashMobileCode, hashPassword, newMobileCode, passwordMatches } from "../code"

describe("one-time mobile codes", () => {
  const now = 1_800_000_000_000
  const stored = (code: string, extra: Partial<{ expires_at: number; attempts: number }> = {}) => ({
    hash: hashMobileCode("13800138000", code),
    sent_at: now,
    expires_at: now + 300_000,
    attempts: 0,
    ...extra,
  })

  it("are six digits", () => {
    for (let i = 0; i < 50; i++) expect(newMobileCode()).toMatch(/^\d{6}$/)
  })

  it("match only the mobile they were sent to, until they expire or are tried too often", () => {
    expect(checkMobileCode(stored("123456"), "13800138000", "123456", now)).toBe("ok")
    expect(checkMobileCode(stored("123456"), "13800138000", " 123456 ", now)).toBe("ok")
    expect(checkMobileCode(stored("123456"), "13900139000", "123456", now)).toBe("wrong")
    expect(checkMobileCode(stored("123456"), "13800138000", "654321", now)).toBe("wrong")
    expect(checkMobileCode(stored("123456"), "13800138000", "123456", now + 300_001)).toBe("expired")
    expect(checkMobileCode(stored("123456", { attempts: 5 }), "13800138000", "123456", now)).toBe("expired")
    expect(checkMobileCode(null, "13800138000", "123456", now)).toBe("none")
  })
})

describe("mobile passwords", () => {
  it("are kept salted and hashed, and checked", async () => {
    const a = await hashPassword("mobile-pass-123")
    const b = await hashPassword("mobile-pass-123")
    expect(a).not.toContain("mobile-pass-123")
    expect(a).not.toBe(b)
    expect(await passwordMatches("mobile-pass-123", a)).toBe(true)
    expect(await passwordMatches("mobile-pass-124", a)).toBe(false)
    expect(await passwordMatches("mobile-pass-123", "garbage")).toBe(false)
  })
})
