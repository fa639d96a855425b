import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import type { SupplierProductDTO, SupplierProductImage, SupplierProductResponse } from "@fupin/shared"
import { portalOf, type SupplierRequest } from "../../../../lib/supplier-portal/context"
import { assertDistinctPacks, generatedSku, resolveImages } from "../../../../lib/supplier-portal/listing-input"
import { listings, priceCheck } from "../../../../lib/supplier-portal/listings"
import { marketplacePlaces } from "../../../../lib/supplier-portal/marketplace"
import type { CreateChangeRequestInput } from "../../../../workflows/supplier-portal/steps/create-change-request"
import { updateSupplierListingWorkflow, type UpdateListingInput } from "../../../../workflows/supplier-portal/update-listing"
import type { SupplierUpdateProductType } from "../../validators"

type ProductRow = { categories?: Array<{ id: string } | null>; options?: Array<{ id: string; title: string } | null> }

/** The listing (the access rule already answered 404 for another supplier's product), its category and its pack option. */
async function load(req: SupplierRequest<unknown>): Promise<{ product: SupplierProductDTO; categoryId: string | null; packOption: { id: string; title: string } | null }> {
  const id = req.params.id!
  const [product] = await listings(req.scope, [id])
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${id} was not found`)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "categories.id", "options.id", "options.title"], filters: { id } })
  const row = data[0] as ProductRow | undefined
  // listings made here have one option, 规格; a listing with several options cannot take a pack without the others' values
  const options = (row?.options ?? []).filter((o): o is { id: string; title: string } => !!o)
  return { product, categoryId: row?.categories?.[0]?.id ?? null, packOption: options.length === 1 ? options[0]! : null }
}

/** GET /supplier/products/:id — the listing, its pending change request and the price check. */
export async function GET(req: SupplierRequest, res: MedusaResponse<SupplierProductResponse>) {
  const { product, categoryId } = await load(req)
  res.json({ product, price_check: await priceCheck(req.scope, product, categoryId) })
}

const sameImages = (a: SupplierProductImage[], b: SupplierProductImage[]) => JSON.stringify(a.map((i) => i.url)) === JSON.stringify(b.map((i) => i.url))

/**
 * POST /supplier/products/:id — price and stock apply at once. Title,
 * description and images: a listing still under review (proposed) takes them
 * directly, a rejected one takes them and goes back to the operator
 * (proposed, a new `new_listing` request); a live one (draft or published)
 * sends them as a change request — applied at once, and recorded as
 * auto-approved, when the supplier has `auto_approve`.
 */
export async function POST(req: SupplierRequest<SupplierUpdateProductType>, res: MedusaResponse<SupplierProductResponse>) {
  const ctx = portalOf(req)
  const body = req.validatedBody
  const { product, categoryId, packOption } = await load(req)

  const variants = body.variants ?? []
  assertDistinctPacks(variants)
  const existing = variants.filter((v) => v.id)
  const added = variants.filter((v) => !v.id)
  for (const v of existing) {
    const own = product.variants.find((pv) => pv.id === v.id)
    if (!own) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variants: ${v.id} 不是该商品的规格 / not a variant of this product`)
    if (own.pack !== v.pack) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variants: 规格名称「${own.pack}」不能修改 / a pack's name cannot change`)
  }
  for (const v of added) {
    if (product.variants.some((pv) => pv.pack === v.pack)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `variants: 规格「${v.pack}」已存在，请修改它而不是新增 / the pack "${v.pack}" exists already: give its id`)
    }
  }
  if (added.length && !packOption) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "variants: 该商品有多个选项，新增规格请联系运营 / this listing has several options: ask the operator to add the pack")
  }
  if (product.variants.length + added.length > 10) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "variants: 每个商品最多 10 个规格 / at most 10 packs per listing")
  }

  const changes: { title?: string; description?: string | null; images?: SupplierProductImage[] } = {}
  const previous: typeof changes = {}
  if (body.title !== undefined && body.title !== product.title) [changes.title, previous.title] = [body.title, product.title]
  if (body.description !== undefined && (body.description ?? null) !== product.description) [changes.description, previous.description] = [body.description ?? null, product.description]
  if (body.images !== undefined) {
    const images = await resolveImages(req.scope, body.images)
    if (!sameImages(images, product.images)) [changes.images, previous.images] = [images, product.images]
  }
  const changed = Object.keys(changes).length > 0
  const productUpdate = changed
    ? {
        ...(changes.title !== undefined ? { title: changes.title } : {}),
        ...(changes.description !== undefined ? { description: changes.description } : {}),
        ...(changes.images !== undefined ? { images: changes.images.map((i) => ({ url: i.url })), thumbnail: changes.images[0]?.url ?? null } : {}),
      }
    : null
  const request = (over: Partial<CreateChangeRequestInput>): CreateChangeRequestInput => ({
    supplier_id: ctx.supplier_id,
    product_id: product.id,
    kind: "update",
    changes,
    previous,
    requested_by: ctx.member.id,
    ...over,
  })

  let plan: Pick<UpdateListingInput, "product_update" | "change_request"> = { product_update: null, change_request: null }
  let outcome: "none" | "applied" | "review" = "none"
  if (changed && product.status === "proposed") {
    plan = { product_update: productUpdate, change_request: null }
    outcome = "applied"
  } else if (changed && product.status === "rejected") {
    plan = { product_update: { ...productUpdate, status: ProductStatus.PROPOSED }, change_request: request({ kind: "new_listing", previous: null }) }
    outcome = "review"
  } else if (changed && ctx.auto_approve) {
    plan = { product_update: productUpdate, change_request: request({ status: "approved", reviewed_by: "auto" }) }
    outcome = "applied"
  } else if (changed) {
    plan = { product_update: null, change_request: request({}) }
    outcome = "review"
  }

  const places = await marketplacePlaces(req.scope)
  const { result } = await updateSupplierListingWorkflow(req.scope).run({
    input: {
      product_id: product.id,
      location_id: places.location_id,
      variants: existing.map((v) => ({ id: v.id!, price: v.price, weight_g: v.weight_g })),
      stock: existing.map((v) => ({ variant_id: v.id!, stock: v.stock })),
      new_packs: added.map((v) => ({ pack: v.pack, weight_g: v.weight_g, price: v.price, stock: v.stock, sku: v.sku ?? generatedSku() })),
      pack_option: added.length ? packOption : null,
      ...plan,
    },
  })
  const after = await load(req)
  const changeRequest = result
    ? ((after.product.pending_change?.id === result.id ? after.product.pending_change : null) ?? {
        id: result.id,
        product_id: result.product_id,
        kind: result.kind,
        changes: result.changes as never,
        previous: (result.previous ?? null) as never,
        status: result.status,
        reason: result.reason ?? null,
        reviewed_at: result.reviewed_at ? new Date(result.reviewed_at).toISOString() : null,
        created_at: new Date(result.created_at).toISOString(),
      })
    : null
  res.json({ product: after.product, price_check: await priceCheck(req.scope, after.product, categoryId), change: { outcome, request: changeRequest } })
}
