import "server-only"

import { cache } from "react"
import {
  CATALOGUE_CACHE_TAG,
  type CatalogueShelf,
  productCacheTags,
  type SearchFacets,
  STORE_PRODUCT_CERTIFICATE_FIELDS,
  STORE_PRODUCT_SUPPLIER_FIELDS,
  type StoreCatalogueQuery,
  type StoreCatalogueResponse,
  type StoreCatalogueShelvesResponse,
} from "@fupin/shared"
import type { HttpTypes } from "@medusajs/types"
import { categoryTree, type CategoryNode } from "@/lib/util/categories"
import { type CatalogueProduct, SIGNATURE_PRODUCT_HANDLES } from "@/lib/util/product"
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
 * Published products by id, in the order given (ids not answered, such as a product
 * unpublished since the index listed it, are left out). At most PAGE ids.
 */
async function productsByIds(ids: readonly string[]): Promise<CatalogueProduct[]> {
  if (!ids.length) return []
  const { products } = await fetchProducts({ id: [...ids], limit: ids.length })
  const byId = new Map(products.map((p) => [p.id, p]))
  return ids.map((id) => byId.get(id)).filter((p): p is CatalogueProduct => !!p)
}

/** Published products by handle (order lines and a supplier's record name them by handle), newest first; at most PAGE. */
export async function listProductsByHandles(handles: readonly string[]): Promise<CatalogueProduct[]> {
  const unique = [...new Set(handles.filter(Boolean))].slice(0, PAGE)
  if (!unique.length) return []
  return (await fetchProducts({ handle: unique, limit: unique.length, order: NEWEST_FIRST })).products
}

/**
 * What GET /store/catalogue answers: one page of sellable products' ids under the filters,
 * filtered, sorted and counted by the search index. Tagged "catalogue": the backend
 * revalidates it once the index has the change (a product read alone could be refreshed
 * before the index is), and "products" with every other catalogue read.
 */
async function catalogueIds(query: StoreCatalogueQuery): Promise<StoreCatalogueResponse> {
  return getSdk().client.fetch<StoreCatalogueResponse>("/store/catalogue", {
    query: query as Record<string, unknown>,
    next: { tags: [...productCacheTags(), CATALOGUE_CACHE_TAG], revalidate: REVALIDATE_SECONDS },
  })
}

export interface CataloguePage {
  items: CatalogueProduct[]
  /** matches over all pages */
  count: number
  page: number
  pages: number
  facets: SearchFacets
}

/**
 * One page of the catalogue under the filters, filtered, sorted and paged where the data
 * is (the search index), so a page costs the same for 126 products as for 10,000. A page
 * past the end shows the last page.
 */
export async function browseCatalogue(
  filters: Omit<StoreCatalogueQuery, "limit" | "offset">,
  { page = 1, pageSize = 12 }: { page?: number; pageSize?: number } = {}
): Promise<CataloguePage> {
  const limit = Math.min(Math.max(pageSize, 1), PAGE)
  let first = await catalogueIds({ ...filters, limit, offset: (page - 1) * limit })
  const pages = Math.max(1, Math.ceil(first.count / limit))
  const shown = Math.min(page, pages)
  if (shown !== page) first = await catalogueIds({ ...filters, limit, offset: (shown - 1) * limit })
  return { items: await productsByIds(first.ids), count: first.count, page: shown, pages, facets: first.facets }
}

/**
 * Each category holding a sellable product: its count and a picture, by handle (the
 * 分类 page and the home page's tiles), from GET /store/catalogue/shelves.
 */
export const listShelves = cache(async (): Promise<Map<string, CatalogueShelf>> => {
  const { shelves } = await getSdk().client.fetch<StoreCatalogueShelvesResponse>("/store/catalogue/shelves", {
    next: { tags: [...productCacheTags(), CATALOGUE_CACHE_TAG], revalidate: REVALIDATE_SECONDS },
  })
  return new Map(shelves.map((s) => [s.handle, s]))
})

/**
 * What the home page picks its featured products from (lib/util/product.ts homePicks):
 * the most popular products (featured, showcase, geographical indication, in that order)
 * and the three signature products, each once.
 */
export async function listHomeCandidates(): Promise<CatalogueProduct[]> {
  const [popular, signature] = await Promise.all([
    browseCatalogue({ sort: "popular" }, { pageSize: 24 }),
    listProductsByHandles(SIGNATURE_PRODUCT_HANDLES),
  ])
  return [...popular.items, ...signature.filter((p) => !popular.items.some((q) => q.id === p.id))]
}

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
