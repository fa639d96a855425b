import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"

export type ProductChanges = { title?: string; description?: string | null; images?: Array<{ url: string }> }

/** Applies an approved change request's title, description and images to the product; undo restores what was there. */
export const applyProductChangesStep = createStep(
  "apply-product-changes",
  async ({ product_id, changes }: { product_id: string; changes: ProductChanges }, { container }) => {
    const product = await container.resolve(Modules.PRODUCT).retrieveProduct(product_id, { relations: ["images"] })
    const previous: ProductChanges = {
      title: product.title,
      description: product.description,
      images: (product.images ?? []).map((i) => ({ url: i.url })),
    }
    const update: Record<string, unknown> = {}
    if (changes.title !== undefined) update.title = changes.title
    if (changes.description !== undefined) update.description = changes.description
    if (changes.images !== undefined) {
      update.images = changes.images.map((i) => ({ url: i.url }))
      update.thumbnail = changes.images[0]?.url ?? null
    }
    if (Object.keys(update).length) await updateProductsWorkflow(container).run({ input: { selector: { id: product_id }, update } })
    return new StepResponse(update, { product_id, previous: { ...previous, thumbnail: product.thumbnail } })
  },
  async (undo, { container }) => {
    if (!undo) return
    await updateProductsWorkflow(container).run({ input: { selector: { id: undo.product_id }, update: undo.previous } })
  }
)
