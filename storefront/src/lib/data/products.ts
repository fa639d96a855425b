import "server-only"

import { cache } from "react"
import { productCacheTags, STORE_PRODUCT_CERTIFICATE_FIELDS, STORE_PRODUCT_SUPPLIER_FIELDS } from "@fupin/shared"
import type { HttpTypes } from "@medusajs/types"
import { categoryTree, type CategoryNode } from "@/lib/util/categories"
import type { CatalogueProduct } from "@/lib/util/product"
import { getSdk } from "./medusa"
import { getCnyRegion } from "./regions"

/**
 * Fields every catalogue read asks for: prices in the region, stock, origin metadata,
 * categories, images, and the public fields of the certificate and the supplier.
 */
export const PRODUCT_FIELDS = [
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "+metadata",
  "*categories",
  "*images",
  // Each public field with "+", so Medusa's default product fields stay in the answer.
  ...STORE_PRODUCT_CERTIFICATE_FIELDS.map((f) => `+certificate.${f}`),
  ...STORE_PRODUCT_SUPPLIER_FIELDS.map((f) => `+supplier.${f}`),
].join(",")

const REVALIDATE_SECONDS = 60
/** Medusa answers at most this many per page; the catalogue is read page by page. */
const PAGE = 100

type ProductList = { products: CatalogueProduct[]; count: number }

async function fetchProducts(query: Record<string, unknown>, tags: string[] = productCacheTags()): Promise<ProductList> {
  const region = await getCnyRegion()
  const { products, count } = await getSdk().client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: {
      fields: PRODUCT_FIELDS,
      ...(region ? { region_id: region.id } : {}),
      ...query,
    },
    next: { tags, revalidate: REVALIDATE_SECONDS },
  })
  return { products: products as CatalogueProduct[], count }
}

/**
 * Newest first, one order for every page: Medusa takes one order field, and products
 * created in one batch (the demo's, an import) share a created_at, so pages ordered by
 * it alone may repeat one product and skip another at their edge. A product's id is
 * unique and, as a ULID, starts with its creation time.
 */
const NEWEST_FIRST = "-id"

/** Products for a grid, newest first. */
export async function listProducts({ limit = 24, offset = 0 } = {}): Promise<ProductList> {
  return fetchProducts({ limit, offset, order: NEWEST_FIRST })
}

/**
 * The whole published catalogue (a few hundred products at most), newest first.
 * Browse pages filter, sort and page it on the server; one cached read serves them all.
 */
export const listCatalogue = cache(async (): Promise<CatalogueProduct[]> => {
  const first = await fetchProducts({ limit: PAGE, offset: 0, order: NEWEST_FIRST })
  const all = [...first.products]
  for (let offset = PAGE; offset < first.count && offset < 2000; offset += PAGE) {
    const next = await fetchProducts({ limit: PAGE, offset, order: NEWEST_FIRST })
    all.push(...next.products)
  }
  return all
})

/** One product by its URL handle, or null when no published product has it. */
export const getProductByHandle = cache(async (handle: string): Promise<CatalogueProduct | null> => {
  const { products } = await fetchProducts({ handle, limit: 1 }, productCacheTags(handle))
  return products.find((p) => p.handle === handle) ?? null
})

/**
 * Every category, flat, each with its parent (lib/util/categories.ts builds the tree:
 * groups such as 肉禽蛋品 over the product kinds products are filed under).
 */
export const listCategories = cache(async (): Promise<HttpTypes.StoreProductCategory[]> => {
  const { product_categories } = await getSdk().client.fetch<HttpTypes.StoreProductCategoryListResponse>(
    "/store/product-categories",
    {
      query: { fields: "id,name,handle,metadata,rank,parent_category_id", limit: 200 },
      next: { tags: productCacheTags(), revalidate: 600 },
    }
  )
  return product_categories
})

/** The categories as a tree (groups, then their kinds), in the order the operator ranked them. */
export const getCategoryTree = cache(async (): Promise<CategoryNode[]> => categoryTree(await listCategories()))
