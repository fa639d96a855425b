import { CERTIFICATE_STATUS_LABELS, type CertificateStatus, type Locale, type SupplierProductDTO } from "@fupin/shared"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"

/** The tone of a listing's status pill: on sale, waiting for someone, or refused. */
export function listingTone(product: Pick<SupplierProductDTO, "status" | "on_sale">): "good" | "wait" | "bad" | "plain" {
  if (product.on_sale) return "good"
  if (product.status === "rejected") return "bad"
  return "wait"
}

export function listingStatusLabel(product: Pick<SupplierProductDTO, "status" | "on_sale">, locale: Locale): string {
  const dict = getPortalDictionary(locale).listings
  return product.on_sale ? dict.onSale : dict.statuses[product.status]
}

export function certificateTone(status: CertificateStatus): "good" | "wait" | "bad" {
  if (status === "certified") return "good"
  if (status === "applied") return "wait"
  return "bad"
}

export function certificateLabel(status: CertificateStatus, locale: Locale): string {
  return CERTIFICATE_STATUS_LABELS[status][locale]
}
