import "server-only"

import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { CACHE_TAGS, getSdk } from "./medusa"
import { getCnyRegion } from "./regions"

/** Fields every catalogue read asks for: prices in the region, origin metadata, categories, images. */
export const PRODUCT_FIELDS = "*variants.calculated_price,+metadata,*categories,*images"

const CATALOGUE_CACHE = { tags: [CACHE_TAGS.products], revalidate: 60 }

async function fetchProducts(query: Record<string, unknown>): Promise<HttpTypes.StoreProductListResponse> {
  const region = await getCnyRegion()
  return getSdk().client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: {
      fields: PRODUCT_FIELDS,
      ...(region ? { region_id: region.id } : {}),
      ...query,
    },
    next: CATALOGUE_CACHE,
  })
}

/** Products for the home page grid, newest first. */
export async function listProducts({ limit = 24, offset = 0 } = {}): Promise<{
  products: HttpTypes.StoreProduct[]
  count: number
}> {
  const { products, count } = await fetchProducts({ limit, offset, order: "-created_at" })
  return { products, count }
}

/** One product by its URL handle, or null when no published product has it. */
export const getProductByHandle = cache(async (handle: string): Promise<HttpTypes.StoreProduct | null> => {
  const { products } = await fetchProducts({ handle, limit: 1 })
  return products.find((p) => p.handle === handle) ?? null
})
