/**
 * 认定扶贫产品 (certified poverty-alleviation products): the certificate's status
 * machine and the date rules both apps use. Pure functions, no I/O.
 *
 * applied ─certify→ certified ─suspend→ suspended ─reinstate→ certified
 * certified/suspended ─expire→ expired ; certified/suspended/expired ─renew→ certified
 * applied/certified/suspended/expired ─revoke→ revoked (final)
 */

export const CERTIFICATE_STATUSES = ["applied", "certified", "suspended", "revoked", "expired"] as const
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number]

export const CERTIFICATE_ACTIONS = ["certify", "suspend", "reinstate", "revoke", "renew", "expire"] as const
export type CertificateAction = (typeof CERTIFICATE_ACTIONS)[number]

/** Which statuses each action starts from, and where it leads. */
export const CERTIFICATE_TRANSITIONS: Record<CertificateAction, { from: readonly CertificateStatus[]; to: CertificateStatus }> = {
  certify: { from: ["applied"], to: "certified" },
  suspend: { from: ["certified"], to: "suspended" },
  reinstate: { from: ["suspended"], to: "certified" },
  revoke: { from: ["applied", "certified", "suspended", "expired"], to: "revoked" },
  renew: { from: ["certified", "suspended", "expired"], to: "certified" },
  expire: { from: ["certified", "suspended"], to: "expired" },
}

/** Actions that must say why (the reason is shown to the supplier and in the audit trail). */
export const CERTIFICATE_ACTIONS_NEEDING_REASON: readonly CertificateAction[] = ["suspend", "revoke"]

export const CERTIFICATE_STATUS_LABELS: Record<CertificateStatus, { zh: string; en: string }> = {
  applied: { zh: "待审核", en: "Applied" },
  certified: { zh: "已认定", en: "Certified" },
  suspended: { zh: "已暂停", en: "Suspended" },
  revoked: { zh: "已撤销", en: "Revoked" },
  expired: { zh: "已过期", en: "Expired" },
}

export const CERTIFICATE_ACTION_LABELS: Record<CertificateAction, { zh: string; en: string }> = {
  certify: { zh: "认定通过", en: "Certify" },
  suspend: { zh: "暂停", en: "Suspend" },
  reinstate: { zh: "恢复", en: "Reinstate" },
  revoke: { zh: "撤销", en: "Revoke" },
  renew: { zh: "续期", en: "Renew" },
  expire: { zh: "到期", en: "Expire" },
}

/** A certificate expiring within this many days is flagged in the review queue. */
export const EXPIRING_SOON_DAYS = 30

const DAY_MS = 24 * 60 * 60 * 1000

export function isCertificateStatus(value: unknown): value is CertificateStatus {
  return typeof value === "string" && (CERTIFICATE_STATUSES as readonly string[]).includes(value)
}

/** The status `action` leads to from `from`, or null when the transition is not allowed. */
export function nextCertificateStatus(from: CertificateStatus, action: CertificateAction): CertificateStatus | null {
  const t = CERTIFICATE_TRANSITIONS[action]
  return t.from.includes(from) ? t.to : null
}

/** The actions an operator can take on a certificate in `status` (for buttons). */
export function availableCertificateActions(status: CertificateStatus): CertificateAction[] {
  return CERTIFICATE_ACTIONS.filter((a) => a !== "expire" && nextCertificateStatus(status, a) !== null)
}

/** Explains why a transition is refused, in Chinese and English, or returns null when it is allowed. */
export function certificateTransitionProblem(from: CertificateStatus, action: CertificateAction): string | null {
  if (nextCertificateStatus(from, action)) return null
  const s = CERTIFICATE_STATUS_LABELS[from]
  const a = CERTIFICATE_ACTION_LABELS[action]
  return `证书当前状态为「${s.zh}」，不能执行「${a.zh}」 / cannot ${action} a certificate that is ${from}`
}

type DateLike = Date | string

function toDate(d: DateLike): Date {
  const date = d instanceof Date ? d : new Date(d)
  if (Number.isNaN(date.getTime())) throw new RangeError(`invalid date: ${String(d)}`)
  return date
}

export interface CertificateDates {
  status: CertificateStatus | string
  issued_at: DateLike
  expires_at: DateLike
}

/**
 * The marketplace's rule: a product may be sold on date `on` only when its
 * certificate is certified, already issued and not yet past its expiry.
 */
export function isCertificateValidOn(cert: CertificateDates, on: DateLike = new Date()): boolean {
  if (cert.status !== "certified") return false
  const t = toDate(on).getTime()
  return toDate(cert.issued_at).getTime() <= t && t < toDate(cert.expires_at).getTime()
}

/** Whole days from `on` until expiry (negative once expired). */
export function daysUntilExpiry(cert: Pick<CertificateDates, "expires_at">, on: DateLike = new Date()): number {
  return Math.floor((toDate(cert.expires_at).getTime() - toDate(on).getTime()) / DAY_MS)
}

/** A certified certificate that expires within `days` days of `on` (but has not yet). */
export function isCertificateExpiringSoon(cert: CertificateDates, on: DateLike = new Date(), days: number = EXPIRING_SOON_DAYS): boolean {
  if (cert.status !== "certified") return false
  const t = toDate(on).getTime()
  const expires = toDate(cert.expires_at).getTime()
  return expires > t && expires - t <= days * DAY_MS
}

/** A certificate the daily job must expire: certified or suspended and past its expiry on `on`. */
export function isCertificateDueToExpire(cert: CertificateDates, on: DateLike = new Date()): boolean {
  return (cert.status === "certified" || cert.status === "suspended") && toDate(cert.expires_at).getTime() <= toDate(on).getTime()
}

/** Returns the field and problem when a certificate's dates are inconsistent, else null. */
export function certificateDatesProblem(dates: { issued_at: DateLike; expires_at: DateLike }): { field: "expires_at"; message: string } | null {
  if (toDate(dates.expires_at).getTime() <= toDate(dates.issued_at).getTime()) {
    return { field: "expires_at", message: "expires_at: 有效期截止日必须晚于发证日期 / must be after issued_at" }
  }
  return null
}

export interface CertificateEvidence {
  title: string
  url: string
  /** set when the document was uploaded through the file module (producer portal) */
  file_id?: string
}

/** A certificate as GET /store/certifications/:number shows it (what the QR code on a package opens). */
export interface StoreCertificateVerification {
  number: string
  status: CertificateStatus
  status_label: { zh: string; en: string }
  /** certified and within its dates right now */
  valid_now: boolean
  issued_at: string
  expires_at: string
  certifying_office: string
  county: { handle: string; name_zh: string; name_en: string } | null
  product: { title: string; handle: string } | null
  supplier: { name: string } | null
}

/** What the storefront may read of a product's certificate (`certificate.<field>`): no evidence documents, no internal notes. */
export const STORE_PRODUCT_CERTIFICATE_FIELDS = ["id", "number", "status", "issued_at", "expires_at", "certifying_office", "county_handle"] as const

/** A product's certificate as the store sees it (the fields above). */
export interface StoreProductCertificate {
  id?: string
  number: string
  status: CertificateStatus
  issued_at: string
  expires_at: string
  certifying_office: string
  county_handle: string
}

export interface CertificateEventDTO {
  id: string
  action: string
  from_status: CertificateStatus | null
  to_status: CertificateStatus
  actor: string
  reason: string | null
  created_at: string
}

export interface AdminCertificateDTO {
  id: string
  number: string
  certifying_office: string
  county_handle: string
  supplier_id: string | null
  issued_at: string
  expires_at: string
  evidence: CertificateEvidence[]
  status: CertificateStatus
  status_reason: string | null
  product?: { id: string; title: string; handle: string; status: string } | null
  events?: CertificateEventDTO[]
  created_at: string
  updated_at: string
}
