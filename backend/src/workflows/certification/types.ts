import type { CertificateAction, CertificateEvidence, CertificateStatus } from "@fupin/shared"

/** A certificate to create for a product (apply; the demo seed may start it further along). */
export interface NewCertificateInput {
  product_id: string
  number: string
  certifying_office: string
  county_handle: string
  supplier_id?: string | null
  issued_at: Date | string
  expires_at: Date | string
  evidence?: CertificateEvidence[]
  /** applied unless the demo seed imports certificates already decided */
  status?: CertificateStatus
  status_reason?: string | null
  demo?: boolean
}

export interface CertificateTransitionInput {
  ids: string[]
  action: CertificateAction
  /** admin user id, or "system" */
  actor: string
  reason?: string | null
  /** renew: the new expiry */
  expires_at?: Date | string
  /** certify one certificate: the number the certifying office issued (replaces the application number) */
  number?: string
}

export interface CertificateEventInput {
  certificate_id: string
  action: string
  from_status: CertificateStatus | null
  to_status: CertificateStatus
  actor: string
  reason?: string | null
  data?: Record<string, unknown> | null
}
