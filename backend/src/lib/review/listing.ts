import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { CERTIFICATE_STATUS_LABELS, type CertificateStatus, isCertificateValidOn, SUPPLIER_STATUS_LABELS, type SupplierStatus } from "@fupin/shared"
import { supplierStatusOf } from "../certification/sellable"

type ListingRow = {
  certificate?: { number: string; status: CertificateStatus; issued_at: string | Date; expires_at: string | Date } | null
  supplier?: Parameters<typeof supplierStatusOf>[0]
}

/**
 * What keeps a listing off the storefront once the operator approves it, in Chinese:
 * a certificate that is not certified and in force, a supplier that is not approved.
 * Empty: approving it publishes it.
 */
export function listingBlockers(product: ListingRow, on: Date = new Date()): string[] {
  const blockers: string[] = []
  const cert = product.certificate
  if (!cert) blockers.push("尚未申请扶贫产品认定")
  else if (!isCertificateValidOn(cert, on)) {
    blockers.push(
      cert.status === "certified"
        ? `认定证书 ${cert.number} 不在有效期内`
        : `认定证书 ${cert.number} ${CERTIFICATE_STATUS_LABELS[cert.status]?.zh ?? cert.status}`
    )
  }
  const supplierStatus = supplierStatusOf(product.supplier)
  if (supplierStatus !== "approved") {
    blockers.push(supplierStatus ? `供应商${SUPPLIER_STATUS_LABELS[supplierStatus as SupplierStatus]?.zh ?? supplierStatus}` : "没有关联供应商")
  }
  return blockers
}

export type ListingState = { id: string; title: string; status: ProductStatus; blockers: string[] }

/** A product as the listing review sees it: its status and its blockers; 404 when there is no such product. */
export async function listingState(container: MedusaContainer, productId: string, on: Date = new Date()): Promise<ListingState> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "status", "certificate.number", "certificate.status", "certificate.issued_at", "certificate.expires_at", "supplier.status"],
    filters: { id: productId },
  })
  const product = data[0] as unknown as (ListingRow & { id: string; title: string; status: ProductStatus }) | undefined
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Listing with id: ${productId} was not found`)
  return { id: product.id, title: product.title, status: product.status, blockers: listingBlockers(product, on) }
}
