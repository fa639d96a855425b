import { ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"

type Input = { id: string; status: ProductStatus; previous: ProductStatus }

/** Sets one product's status through Medusa's updateProductsWorkflow (events, search and cache follow); undo puts the previous one back. */
export const setProductStatusStep = createStep(
  "review-set-product-status",
  async ({ id, status, previous }: Input, { container }) => {
    await updateProductsWorkflow(container).run({ input: { selector: { id }, update: { status } } })
    return new StepResponse({ id, status }, { id, status: previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await updateProductsWorkflow(container).run({ input: { selector: { id: undo.id }, update: { status: undo.status } } })
  }
)
