import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOGUE_CACHE_TAG } from "@fupin/shared"
import { revalidateStorefront } from "../../../lib/storefront/revalidate"
import { PRODUCT_SEARCH_MODULE } from "../../../modules/product-search"
import type { SearchDocumentRow } from "../../../modules/product-search/lib/document"
import type ProductSearchModuleService from "../../../modules/product-search/service"

export const WRITE_SEARCH_INDEX_STEP = "write-search-index"

type Input = { documents: SearchDocumentRow[]; remove_ids: string[] }
type Undo = { previous: SearchDocumentRow[]; added_ids: string[] }

/**
 * Writes documents to the search engine and removes the ids that may no longer
 * be found, then tells the storefront its browse lists ("catalogue") changed.
 * Compensation puts back the documents as they were.
 */
export const writeSearchIndexStep = createStep(
  WRITE_SEARCH_INDEX_STEP,
  async (input: Input, { container }) => {
    const search = container.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE)
    const touched = [...input.documents.map((d) => d.id), ...input.remove_ids]
    const previous = await search.getDocuments(touched)
    const had = new Set(previous.map((d) => d.id))
    const removed = input.remove_ids.filter((id) => had.has(id))
    await search.indexDocuments(input.documents)
    await search.removeDocuments(removed)
    // The browse pages list what the index holds: their cached lists are stale only now.
    if (input.documents.length || removed.length) {
      await revalidateStorefront([CATALOGUE_CACHE_TAG], container.resolve(ContainerRegistrationKeys.LOGGER))
    }
    return new StepResponse(
      { indexed: input.documents.length, removed: removed.length },
      { previous, added_ids: input.documents.map((d) => d.id).filter((id) => !had.has(id)) } satisfies Undo
    )
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const search = container.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE)
    await search.removeDocuments(undo.added_ids)
    await search.indexDocuments(undo.previous)
  }
)
