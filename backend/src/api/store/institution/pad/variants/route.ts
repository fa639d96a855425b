import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StorePadVariantsResponse } from "@fupin/shared"
import { padContextOf } from "../../../../../lib/institution/context"
import { padVariants } from "../../../../../lib/institution/pad"
import { membershipFrom } from "../../../../../lib/institution/request"
import { PRODUCT_SEARCH_MODULE } from "../../../../../modules/product-search"
import type ProductSearchModuleService from "../../../../../modules/product-search/service"
import type { StorePadVariantsType } from "../../validators"

/**
 * GET /store/institution/pad/variants?q=&sku= (purchaser): what a pad line
 * needs per variant (price charged, stock, county, pack size, minimum,
 * certified and on sale); q searches like the store search (name, pinyin,
 * initials), sku takes one or more comma-separated SKUs.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StorePadVariantsType>, res: MedusaResponse<StorePadVariantsResponse>) {
  const member = membershipFrom(req)
  const { q, sku, limit } = req.validatedQuery
  const ctx = await padContextOf(req, undefined, member.customer_id)
  const skus = sku ? sku.split(",").map((s) => s.trim()).filter(Boolean).slice(0, 200) : []
  let productIds: string[] = []
  if (q) {
    const search = req.scope.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE)
    const found = await search.searchProducts({ q, limit, offset: 0 } as never)
    productIds = found.hits.map((h) => h.id)
  }
  const variants = await padVariants(req.scope, ctx, { skus, product_ids: productIds })
  // search order first, then as found
  const rank = new Map(productIds.map((id, i) => [id, i]))
  variants.sort((a, b) => (rank.get(a.product_id) ?? 1e9) - (rank.get(b.product_id) ?? 1e9))
  res.json({ variants: variants.slice(0, Math.max(limit, skus.length)) })
}
