import { describe, expect, it } from "vitest"
import {
  availableCertificateActions,
  certificateDatesProblem,
  certificateTransitionProblem,
  daysUntilExpiry,
  isCertificateDueToExpire,
  isCertificateExpiringSoon,
  isCertificateValidOn,
  nextCertificateStatus,
} from "../certification"

const cert = (status: string, issued_at = "2026-01-01T00:00:00Z", expires_at = "2027-01-01T00:00:00Z") => ({
  status,
  issued_at,
  expires_at,
})

describe("certificate status machine", () => {
  it("walks the lifecycle applied → certified → suspended ⇄ certified → expired → renewed", () => {
    expect(nextCertificateStatus("applied", "certify")).toBe("certified")
    expect(nextCertificateStatus("certified", "suspend")).toBe("suspended")
    expect(nextCertificateStatus("suspended", "reinstate")).toBe("certified")
    expect(nextCertificateStatus("certified", "expire")).toBe("expired")
    expect(nextCertificateStatus("expired", "renew")).toBe("certified")
    expect(nextCertificateStatus("suspended", "renew")).toBe("certified")
  })

  it("makes revocation final: nothing leads out of revoked", () => {
    expect(nextCertificateStatus("certified", "revoke")).toBe("revoked")
    for (const action of ["certify", "suspend", "reinstate", "revoke", "renew", "expire"] as const) {
      expect(nextCertificateStatus("revoked", action)).toBeNull()
    }
    expect(availableCertificateActions("revoked")).toEqual([])
  })

  it("refuses transitions that skip review or make no sense, with a message naming both", () => {
    expect(nextCertificateStatus("applied", "suspend")).toBeNull()
    expect(nextCertificateStatus("applied", "renew")).toBeNull()
    expect(nextCertificateStatus("certified", "certify")).toBeNull()
    expect(nextCertificateStatus("expired", "reinstate")).toBeNull()
    expect(certificateTransitionProblem("revoked", "certify")).toMatch(/已撤销.*认定通过.*cannot certify a certificate that is revoked/)
    expect(certificateTransitionProblem("applied", "certify")).toBeNull()
  })

  it("offers operators only the buttons that apply", () => {
    expect(availableCertificateActions("applied")).toEqual(["certify", "revoke"])
    expect(availableCertificateActions("certified")).toEqual(["suspend", "revoke", "renew"])
    expect(availableCertificateActions("suspended")).toEqual(["reinstate", "revoke", "renew"])
  })
})

describe("is this certificate valid on date D", () => {
  it("is valid only while certified and between issue and expiry", () => {
    expect(isCertificateValidOn(cert("certified"), "2026-06-01")).toBe(true)
    expect(isCertificateValidOn(cert("certified"), "2025-12-31T23:59:59Z")).toBe(false)
    expect(isCertificateValidOn(cert("certified"), "2027-01-01T00:00:00Z")).toBe(false)
    expect(isCertificateValidOn(cert("certified"), new Date("2026-12-31T23:59:59Z"))).toBe(true)
  })

  it("is never valid when applied, suspended, revoked or expired, whatever the dates", () => {
    for (const status of ["applied", "suspended", "revoked", "expired"]) {
      expect(isCertificateValidOn(cert(status), "2026-06-01")).toBe(false)
    }
  })

  it("refuses unreadable dates rather than treating them as valid", () => {
    expect(() => isCertificateValidOn(cert("certified", "not a date"), "2026-06-01")).toThrow(RangeError)
  })
})

describe("expiry", () => {
  it("flags certified certificates expiring within 30 days, not later ones nor expired ones", () => {
    const c = cert("certified", "2026-01-01T00:00:00Z", "2026-07-01T00:00:00Z")
    expect(isCertificateExpiringSoon(c, "2026-06-05T00:00:00Z")).toBe(true)
    expect(isCertificateExpiringSoon(c, "2026-05-01T00:00:00Z")).toBe(false)
    expect(isCertificateExpiringSoon(c, "2026-07-02T00:00:00Z")).toBe(false)
    expect(isCertificateExpiringSoon({ ...c, status: "suspended" }, "2026-06-05T00:00:00Z")).toBe(false)
    expect(isCertificateExpiringSoon(c, "2026-05-01T00:00:00Z", 90)).toBe(true)
    expect(daysUntilExpiry(c, "2026-06-21T00:00:00Z")).toBe(10)
    expect(daysUntilExpiry(c, "2026-07-03T00:00:00Z")).toBe(-2)
  })

  it("tells the daily job which certificates are due: certified or suspended past expiry", () => {
    const past = "2026-05-01T00:00:00Z"
    expect(isCertificateDueToExpire(cert("certified", "2025-01-01", past), "2026-06-01")).toBe(true)
    expect(isCertificateDueToExpire(cert("suspended", "2025-01-01", past), "2026-06-01")).toBe(true)
    expect(isCertificateDueToExpire(cert("revoked", "2025-01-01", past), "2026-06-01")).toBe(false)
    expect(isCertificateDueToExpire(cert("certified"), "2026-06-01")).toBe(false)
  })

  it("rejects an expiry on or before the issue date, naming expires_at", () => {
    expect(certificateDatesProblem({ issued_at: "2026-01-01", expires_at: "2025-12-31" })?.field).toBe("expires_at")
    expect(certificateDatesProblem({ issued_at: "2026-01-01", expires_at: "2026-01-01" })?.message).toMatch(/expires_at/)
    expect(certificateDatesProblem({ issued_at: "2026-01-01", expires_at: "2028-01-01" })).toBeNull()
  })
})
