import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { isCertificateValidOn } from "@fupin/shared"
import { supplierBlocksSale, supplierStatusOf } from "../../../lib/certification/sellable"

type Change = { id: string; status: ProductStatus }

async function setStatuses(container: Parameters<typeof updateProductsWorkflow>[0], changes: Change[]) {
  for (const status of [ProductStatus.PUBLISHED, ProductStatus.DRAFT] as const) {
    const ids = changes.filter((c) => c.status === status).map((c) => c.id)
    if (ids.length) {
      await updateProductsWorkflow(container).run({ input: { selector: { id: ids }, update: { status } } })
    }
  }
}

/**
 * The storefront sells only products whose certificate is certified and within
 * its dates and whose supplier is in good standing (not suspended, not
 * rejected): unpublishes (draft, never deletes) the products that fail either,
 * and publishes again the drafts that pass both, through Medusa's
 * updateProductsWorkflow. Run for certificates (a certificate changed) or for
 * suppliers (a supplier was suspended or reinstated: all its products).
 * Compensation puts the previous statuses back.
 */
export const syncProductStatusStep = createStep(
  "sync-certified-product-status",
  async (input: { certificate_ids?: string[]; supplier_ids?: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const certificateIds = new Set(input.certificate_ids ?? [])
    if (input.supplier_ids?.length) {
      const { data: suppliers } = await query.graph({
        entity: "supplier",
        fields: ["id", "products.certificate.id"],
        filters: { id: input.supplier_ids },
      })
      for (const supplier of suppliers as Array<{ products?: Array<{ certificate?: { id: string } | null } | null> | null }>) {
        for (const product of supplier.products ?? []) if (product?.certificate?.id) certificateIds.add(product.certificate.id)
      }
    }
    if (!certificateIds.size) return new StepResponse([] as Change[], [] as Change[])
    const { data } = await query.graph({
      entity: "certificate",
      fields: ["id", "status", "issued_at", "expires_at", "product.id", "product.status", "product.supplier.status"],
      filters: { id: [...certificateIds] },
    })
    const now = new Date()
    const changes: Change[] = []
    const previous: Change[] = []
    for (const cert of data) {
      const product = (cert as { product?: { id: string; status: ProductStatus; supplier?: Parameters<typeof supplierStatusOf>[0] } | null }).product
      if (!product) continue
      const onSale =
        isCertificateValidOn(cert as { status: string; issued_at: Date; expires_at: Date }, now) &&
        !supplierBlocksSale(supplierStatusOf(product.supplier))
      if (!onSale && product.status === ProductStatus.PUBLISHED) {
        changes.push({ id: product.id, status: ProductStatus.DRAFT })
        previous.push({ id: product.id, status: product.status })
      } else if (onSale && product.status === ProductStatus.DRAFT) {
        changes.push({ id: product.id, status: ProductStatus.PUBLISHED })
        previous.push({ id: product.id, status: product.status })
      }
    }
    await setStatuses(container, changes)
    return new StepResponse(changes, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await setStatuses(container, previous)
  }
)
