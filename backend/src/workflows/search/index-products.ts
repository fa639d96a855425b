import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buildSearchDocumentsStep } from "./steps/build-search-documents"
import { writeSearchIndexStep } from "./steps/write-search-index"

export const INDEX_PRODUCTS_WORKFLOW = "index-products-for-search"

/**
 * Brings the search index up to date for some products: sellable ones are
 * (re)indexed, the others (unpublished, certificate not valid, deleted) leave it.
 */
export const indexProductsWorkflow = createWorkflow(INDEX_PRODUCTS_WORKFLOW, (input: { product_ids: string[] }) => {
  const built = buildSearchDocumentsStep(input)
  const result = writeSearchIndexStep(built)
  return new WorkflowResponse(result)
})
