import { Badge } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import {
  type AdminCertificateDTO,
  type CertificateAction,
  CERTIFICATE_ACTION_LABELS,
  CERTIFICATE_STATUS_LABELS,
  type CertificateStatus,
  daysUntilExpiry,
  isCertificateExpiringSoon,
} from "@fupin/shared"
import { sdk } from "../../lib/sdk"

export type CertificateListResponse = { certificates: AdminCertificateDTO[]; count: number; offset: number; limit: number }

export function listCertificates(query: Record<string, string | number | undefined>) {
  const clean = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== ""))
  return sdk.client.fetch<CertificateListResponse>("/admin/certifications", { query: clean })
}

export function getCertificate(id: string) {
  return sdk.client.fetch<{ certificate: AdminCertificateDTO }>(`/admin/certifications/${id}`)
}

const STATUS_COLORS: Record<CertificateStatus, "grey" | "green" | "orange" | "red" | "blue"> = {
  applied: "blue",
  certified: "green",
  suspended: "orange",
  revoked: "red",
  expired: "grey",
}

export function CertificateStatusBadge({ status }: { status: CertificateStatus }) {
  return (
    <Badge size="2xsmall" color={STATUS_COLORS[status]}>
      {CERTIFICATE_STATUS_LABELS[status]?.zh ?? status}
    </Badge>
  )
}

/** 即将到期 badge: certified and expiring within 30 days. */
export function ExpiryWarning({ certificate }: { certificate: Pick<AdminCertificateDTO, "status" | "issued_at" | "expires_at"> }) {
  if (!isCertificateExpiringSoon(certificate)) return null
  return (
    <Badge size="2xsmall" color="orange">
      {daysUntilExpiry(certificate)} 天后到期
    </Badge>
  )
}

export const day = (d: string | null | undefined) => (d ? new Date(d).toLocaleDateString("zh-CN") : "—")

export const actionLabel = (action: CertificateAction | "apply" | string) =>
  action === "apply" ? "申请认定" : (CERTIFICATE_ACTION_LABELS[action as CertificateAction]?.zh ?? action)

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e ?? "")
}

/** Runs a certify/suspend/reinstate/revoke/renew action and refreshes the lists. */
export function useCertificateAction() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, action, reason, expires_at }: { id: string; action: CertificateAction; reason?: string; expires_at?: string }) =>
      sdk.client.fetch<{ certificate: AdminCertificateDTO }>(`/admin/certifications/${id}/${action}`, {
        method: "POST",
        body: { ...(reason ? { reason } : {}), ...(expires_at ? { expires_at } : {}) },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["certifications"] }),
  })
}
