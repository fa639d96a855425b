import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { type CertificateStatus, CERTIFICATE_STATUS_LABELS, isCertificateValidOn } from "@fupin/shared"

type Certificate = { number: string; status: CertificateStatus; issued_at: string | Date; expires_at: string | Date }

/** Why a product cannot be sold now, in Chinese and English, or null when it can. */
export function unsellableReason(title: string, certificate: Certificate | null | undefined, on: Date = new Date()): string | null {
  if (!certificate) return `「${title}」尚未通过扶贫产品认定，无法下单 / not a certified poverty-alleviation product`
  if (isCertificateValidOn(certificate, on)) return null
  const status = certificate.status
  if (status === "certified") {
    const past = new Date(certificate.expires_at).getTime() <= on.getTime()
    return past
      ? `「${title}」的扶贫产品认定已过期，无法下单 / certification expired`
      : `「${title}」的扶贫产品认定尚未生效，无法下单 / certification not yet in force`
  }
  return `「${title}」的扶贫产品认定${CERTIFICATE_STATUS_LABELS[status]?.zh ?? status}，无法下单 / certification ${status}`
}

/**
 * Throws a MedusaError naming the first product (by id or by variant id) that
 * has no certificate valid now: the storefront sells certified products only.
 */
export async function assertSellable(container: MedusaContainer, refs: { product_ids?: string[]; variant_ids?: string[] }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = new Set(refs.product_ids ?? [])
  if (refs.variant_ids?.length) {
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "product_id"],
      filters: { id: refs.variant_ids },
    })
    for (const v of variants) if (v.product_id) productIds.add(v.product_id)
  }
  if (!productIds.size) return
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "certificate.number", "certificate.status", "certificate.issued_at", "certificate.expires_at"],
    filters: { id: [...productIds] },
  })
  const now = new Date()
  for (const product of products) {
    const reason = unsellableReason(product.title, (product as { certificate?: Certificate | null }).certificate, now)
    if (reason) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, reason)
  }
}
