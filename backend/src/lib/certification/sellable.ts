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

/** Why a supplier's products may not be sold, by the supplier's status: suspended by an operator, or never approved. */
const SUPPLIER_BLOCKS: Record<string, { zh: string; en: string }> = {
  suspended: { zh: "供应商已暂停供货", en: "supplier suspended" },
  rejected: { zh: "供应商未通过审核", en: "supplier not approved" },
}

/** Whether a supplier in this status may not have its products sold. */
export function supplierBlocksSale(supplierStatus: string | null): boolean {
  return supplierStatus !== null && Object.hasOwn(SUPPLIER_BLOCKS, supplierStatus)
}

type LinkedSupplier = { status?: string | null } | Array<{ status?: string | null } | null> | null | undefined

/** The supplier linked to a product (the link reads as one or as a one-element list). */
export function supplierStatusOf(supplier: LinkedSupplier): string | null {
  const one = Array.isArray(supplier) ? supplier[0] : supplier
  return one?.status ?? null
}

/** Why a product of this supplier cannot be sold now, or null. */
export function supplierBlockedReason(title: string, supplierStatus: string | null): string | null {
  if (!supplierBlocksSale(supplierStatus)) return null
  const block = SUPPLIER_BLOCKS[supplierStatus!]!
  return `「${title}」的${block.zh}，无法下单 / ${block.en}`
}

/**
 * Throws a MedusaError naming the first product (by id or by variant id) that
 * has no certificate valid now, or whose supplier is suspended: the storefront
 * sells certified products of suppliers in good standing only.
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
    fields: ["id", "title", "certificate.number", "certificate.status", "certificate.issued_at", "certificate.expires_at", "supplier.status"],
    filters: { id: [...productIds] },
  })
  const now = new Date()
  for (const product of products) {
    const p = product as { title: string; certificate?: Certificate | null; supplier?: LinkedSupplier }
    const reason = unsellableReason(p.title, p.certificate, now) ?? supplierBlockedReason(p.title, supplierStatusOf(p.supplier))
    if (reason) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, reason)
  }
}
