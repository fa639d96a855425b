import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { isCertificateValidOn } from "@fupin/shared"

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
 * its dates: unpublishes (draft, never deletes) the products of certificates
 * that are not valid now, and publishes again the drafts of valid ones, through
 * Medusa's updateProductsWorkflow. Compensation puts the previous statuses back.
 */
export const syncProductStatusStep = createStep(
  "sync-certified-product-status",
  async (input: { certificate_ids: string[] }, { container }) => {
    if (!input.certificate_ids.length) return new StepResponse([] as Change[], [] as Change[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "certificate",
      fields: ["id", "status", "issued_at", "expires_at", "product.id", "product.status"],
      filters: { id: input.certificate_ids },
    })
    const now = new Date()
    const changes: Change[] = []
    const previous: Change[] = []
    for (const cert of data) {
      const product = (cert as { product?: { id: string; status: ProductStatus } | null }).product
      if (!product) continue
      const valid = isCertificateValidOn(cert as { status: string; issued_at: Date; expires_at: Date }, now)
      if (!valid && product.status === ProductStatus.PUBLISHED) {
        changes.push({ id: product.id, status: ProductStatus.DRAFT })
        previous.push({ id: product.id, status: product.status })
      } else if (valid && product.status === ProductStatus.DRAFT) {
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
