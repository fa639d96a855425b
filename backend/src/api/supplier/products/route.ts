import type { MedusaResponse } from "@medusajs/framework/http"
import { ProductStatus } from "@medusajs/framework/utils"
import type { SupplierProductListResponse, SupplierProductResponse } from "@fupin/shared"
import { portalOf, type SupplierRequest } from "../../../lib/supplier-portal/context"
import {
  assertDistinctPacks,
  categoryByHandle,
  generatedSku,
  PACK_OPTION_TITLE,
  packVariant,
  listingHandle,
  resolveImages,
  supplierProductIds,
} from "../../../lib/supplier-portal/listing-input"
import { listings, priceCheck } from "../../../lib/supplier-portal/listings"
import { marketplacePlaces } from "../../../lib/supplier-portal/marketplace"
import { createSupplierListingWorkflow } from "../../../workflows/supplier-portal/create-listing"
import type { SupplierCreateProductType, SupplierGetProductsParamsType } from "../validators"

/** GET /supplier/products — this supplier's listings (any status), newest first; q (title) and status narrow it. */
export async function GET(req: SupplierRequest<unknown, SupplierGetProductsParamsType>, res: MedusaResponse<SupplierProductListResponse>) {
  const { supplier_id } = portalOf(req)
  const { q, status } = req.validatedQuery
  const { skip = 0, take = 20 } = req.queryConfig.pagination ?? {}
  const all = await listings(req.scope, await supplierProductIds(req.scope, supplier_id))
  const matching = all.filter((p) => (!status || p.status === status) && (!q || p.title.includes(q)))
  res.json({ products: matching.slice(skip, skip + (take ?? 20)), count: matching.length, offset: skip, limit: take ?? 20 })
}

/** POST /supplier/products — a new listing, `proposed` until the operator approves it (and its certificate is valid). */
export async function POST(req: SupplierRequest<SupplierCreateProductType>, res: MedusaResponse<SupplierProductResponse>) {
  const ctx = portalOf(req)
  const body = req.validatedBody
  assertDistinctPacks(body.variants)
  const [category, images, places] = await Promise.all([
    categoryByHandle(req.scope, body.category_handle),
    resolveImages(req.scope, body.images ?? []),
    marketplacePlaces(req.scope),
  ])
  const { result } = await createSupplierListingWorkflow(req.scope).run({
    input: {
      supplier_id: ctx.supplier_id,
      member_id: ctx.member.id,
      location_id: places.location_id,
      stock: Object.fromEntries(body.variants.map((v) => [v.pack, v.stock])),
      product: {
        title: body.title,
        description: body.description ?? undefined,
        handle: listingHandle(body.title),
        status: ProductStatus.PROPOSED,
        thumbnail: images[0]?.url,
        images: images.map((i) => ({ url: i.url })),
        category_ids: [category.id],
        shipping_profile_id: places.shipping_profile_id,
        weight: body.variants[0]!.weight_g,
        origin_country: "cn",
        sales_channels: [{ id: places.sales_channel_id }],
        metadata: { listed_by: "supplier_portal" },
        options: [{ title: PACK_OPTION_TITLE, values: body.variants.map((v) => v.pack) }],
        variants: body.variants.map((v) => packVariant({ ...v, sku: v.sku ?? generatedSku() })),
      },
    },
  })
  const [product] = await listings(req.scope, [result.id])
  res.status(201).json({ product: product!, price_check: await priceCheck(req.scope, product!, category.id) })
}
