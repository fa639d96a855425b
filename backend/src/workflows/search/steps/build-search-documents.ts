import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toSearchDocument } from "../../../modules/product-search/lib/document"
import { loadSearchSources } from "../../../lib/search/load-search-sources"

export const BUILD_SEARCH_DOCUMENTS_STEP = "build-search-documents"

/** Reads the products and builds their index documents (pinyin, grams); lists the ids to drop. Reads only. */
export const buildSearchDocumentsStep = createStep(
  BUILD_SEARCH_DOCUMENTS_STEP,
  async (input: { product_ids: string[] }, { container }) => {
    const { sources, remove_ids } = await loadSearchSources(container, [...new Set(input.product_ids)])
    return new StepResponse({ documents: sources.map(toSearchDocument), remove_ids })
  }
)
