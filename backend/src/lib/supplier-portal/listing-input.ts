import { randomBytes } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { pinyin } from "pinyin-pro"
import type { SupplierProductImage } from "@fupin/shared"
import { fileUrls } from "../files/store-uploads"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** A URL-safe handle from a Chinese title: its pinyin, plus a random tail so that two suppliers' 牛干巴 never collide. */
export function listingHandle(title: string): string {
  const words = pinyin(title, { toneType: "none", type: "array", nonZh: "consecutive" })
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
  return `${words || "product"}-${randomBytes(3).toString("hex")}`
}

export const generatedSku = () => `SUP-${randomBytes(4).toString("hex").toUpperCase()}`

/** The option every portal listing's sizes are values of. */
export const PACK_OPTION_TITLE = "规格"

/** One size (pack) as Medusa's variant input: a value of the pack option, its grams, its ¥ price, stock managed. */
export function packVariant(p: { pack: string; weight_g: number; price: number; sku: string }, optionTitle: string = PACK_OPTION_TITLE) {
  return {
    title: p.pack,
    sku: p.sku,
    weight: p.weight_g,
    manage_inventory: true,
    options: { [optionTitle]: p.pack },
    prices: [{ amount: p.price, currency_code: "cny" }],
  }
}

/** Images as the product stores them: uploaded file ids resolved to their URLs through the file module, URLs as given. */
export async function resolveImages(container: MedusaContainer, images: Array<{ file_id: string } | { url: string }>): Promise<SupplierProductImage[]> {
  const ids = images.flatMap((i) => ("file_id" in i ? [i.file_id] : []))
  const urls = await fileUrls(container, ids, "images")
  return images.map((i) => ("file_id" in i ? { url: urls.get(i.file_id)!, file_id: i.file_id } : { url: i.url, file_id: null }))
}

/**
 * The category (kind of product) of a handle; 400 naming the field when unknown, or
 * when it is a group of kinds (大类 such as 肉禽蛋品): products sit in the leaves of the tree.
 */
export async function categoryByHandle(container: MedusaContainer, handle: string): Promise<{ id: string }> {
  const [category] = await container
    .resolve(Modules.PRODUCT)
    .listProductCategories({ handle, is_active: true }, { take: 1, relations: ["category_children"] })
  if (!category) throw invalid(`category_handle: 没有「${handle}」这个品类 / unknown product kind`)
  if (category.category_children?.length) {
    throw invalid(`category_handle: 「${category.name}」是大类，请选它下面的具体品类 / choose a kind within this group`)
  }
  return category
}

/** Packs (规格) are a listing's variant option: each one once. */
export function assertDistinctPacks(variants: Array<{ pack: string }>) {
  const seen = new Set<string>()
  for (const v of variants) {
    if (seen.has(v.pack)) throw invalid(`variants: 规格「${v.pack}」重复 / each pack once`)
    seen.add(v.pack)
  }
}

/** The product ids of a supplier's listings, newest first. */
export async function supplierProductIds(container: MedusaContainer, supplierId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "supplier", fields: ["id", "products.id", "products.created_at"], filters: { id: supplierId } })
  const products = ((data[0] as { products?: Array<{ id: string; created_at: string } | null> } | undefined)?.products ?? []).filter(
    (p): p is { id: string; created_at: string } => !!p
  )
  return products.sort((a, b) => String(b.created_at).localeCompare(String(a.created_at))).map((p) => p.id)
}
