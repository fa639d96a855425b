import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CERTIFICATE_ACTION_LABELS, type CertificateAction, CERTIFICATE_STATUS_LABELS, type CertificateStatus } from "@fupin/shared"

type Data = { id: string; action: CertificateAction; from_status: CertificateStatus | null; to_status: CertificateStatus; actor: string; reason: string | null }

/**
 * Tells operators what happened to a certificate and why. The audit trail is
 * the record; this is the operators' log line (a notification channel plugs in here).
 */
export default async function certificateStatusChanged({ event, container }: SubscriberArgs<Data>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const d = event.data
  const label = CERTIFICATE_ACTION_LABELS[d.action]?.zh ?? d.action
  const to = CERTIFICATE_STATUS_LABELS[d.to_status]?.zh ?? d.to_status
  logger.info(`certification: ${d.id} ${label} → ${to} by ${d.actor}${d.reason ? `: ${d.reason}` : ""}`)
}

export const config: SubscriberConfig = { event: "certificate.status_changed" }
