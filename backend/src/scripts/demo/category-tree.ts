import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createProductCategoriesWorkflow,
  updateProductCategoriesWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEMO_CATEGORIES, DEMO_PRODUCTS } from "./catalogue"
import { CERTIFIED_PRODUCTS, EXTRA_KINDS, LIFECYCLE_PRODUCTS } from "./certified-catalogue-data"

/**
 * The demo's categories as a tree, the way Taobao and JD shoppers browse: a handful
 * of groups (大类) at the top, each holding its product kinds (the 38 kinds of the
 * 2020 report, docs/source-figures.md). Products sit in exactly one kind, a leaf;
 * a group's page shows its kinds' products. Order here is the order shown (rank).
 *
 * "noodles-grain" and "meat" were kinds when the catalogue was flat (米面粮油 and
 * 肉类制品, which overlapped 牛肉制品); they are groups now, so their old URLs show
 * the same products and more.
 */
export interface CategoryGroup {
  handle: string
  name: string
  name_en: string
  /** handles of its product kinds (leaves), in the order shown */
  kinds: string[]
}

export const CATEGORY_GROUPS: CategoryGroup[] = [
  {
    handle: "noodles-grain",
    name: "米面粮油",
    name_en: "Rice, noodles & oil",
    kinds: ["rice", "noodles", "rice-noodles", "coarse-grain", "tartary-buckwheat", "maize", "pulses", "edible-oil"],
  },
  {
    handle: "meat",
    name: "肉禽蛋品",
    name_en: "Meat, poultry & eggs",
    kinds: ["beef-products", "fresh-pork", "cured-pork", "mutton", "poultry", "eggs", "freshwater-fish"],
  },
  {
    handle: "vegetables-mushrooms",
    name: "蔬菜菌菇",
    name_en: "Vegetables & mushrooms",
    kinds: ["vegetables", "potatoes", "yam", "konjac", "bamboo-shoots", "mushrooms"],
  },
  { handle: "fruit-nuts", name: "水果坚果", name_en: "Fruit & nuts", kinds: ["fresh-fruit", "dried-fruit", "nuts"] },
  { handle: "tea-drinks", name: "茶酒冲调", name_en: "Tea, drinks & honey", kinds: ["tea", "bee-products", "brown-sugar", "dairy", "liquor"] },
  { handle: "seasonings", name: "调味干货", name_en: "Seasonings & dried goods", kinds: ["condiments", "sichuan-pepper", "pickles", "bean-products"] },
  { handle: "flowers-plants", name: "鲜花绿植", name_en: "Flowers & plants", kinds: ["flowers", "potted-flowers", "edible-flowers"] },
  { handle: "specialties", name: "滋补特产", name_en: "Herbs & local treats", kinds: ["medicinal-herbs", "pastries"] },
]

/** Every product kind (leaf), with its names. */
export const PRODUCT_KINDS: Array<{ handle: string; name: string; name_en: string }> = [...DEMO_CATEGORIES, ...EXTRA_KINDS].map(
  ({ handle, name, name_en }) => ({ handle, name, name_en })
)

/** The group a kind belongs to. */
export function groupOfKind(kind: string): CategoryGroup | undefined {
  return CATEGORY_GROUPS.find((g) => g.kinds.includes(kind))
}

/** The kind (leaf) of each demo product, by product handle. */
export function demoProductKinds(): Map<string, string> {
  return new Map([
    ...DEMO_PRODUCTS.map((p) => [p.handle, p.category] as const),
    ...[...CERTIFIED_PRODUCTS, ...LIFECYCLE_PRODUCTS].map((r) => [r.handle, r.kind] as const),
  ])
}

type CategoryRow = { id: string; handle: string; name: string; parent_category_id: string | null; rank: number; metadata?: Record<string, unknown> | null }

/**
 * Creates the groups and kinds that are missing and puts every one where the tree
 * says (parent, rank, names): a database loaded when the catalogue was flat gets
 * its tree too. Idempotent. Returns the id of each handle.
 */
export async function seedCategoryTree(container: MedusaContainer): Promise<Map<string, string>> {
  const productService = container.resolve(Modules.PRODUCT)
  const kindOf = new Map(PRODUCT_KINDS.map((k) => [k.handle, k]))
  const handles = [...CATEGORY_GROUPS.map((g) => g.handle), ...PRODUCT_KINDS.map((k) => k.handle)]
  const read = async () =>
    new Map(
      (
        (await productService.listProductCategories(
          { handle: handles },
          { take: null, select: ["id", "handle", "name", "parent_category_id", "rank", "metadata"] }
        )) as unknown as CategoryRow[]
      ).map((c) => [c.handle, c])
    )

  // The groups first (top level), then each group's kinds under it; created in order, so their rank is the order above.
  let byHandle = await read()
  const missingGroups = CATEGORY_GROUPS.filter((g) => !byHandle.has(g.handle))
  if (missingGroups.length) {
    await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missingGroups.map((g) => ({ name: g.name, handle: g.handle, is_active: true, metadata: { name_en: g.name_en } })),
      },
    })
    byHandle = await read()
  }
  for (const group of CATEGORY_GROUPS) {
    const parent = byHandle.get(group.handle)!
    const missing = group.kinds.filter((k) => !byHandle.has(k))
    if (!missing.length) continue
    await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((handle) => {
          const kind = kindOf.get(handle)
          if (!kind) throw new Error(`category tree: kind ${handle} has no names`)
          return { name: kind.name, handle, is_active: true, parent_category_id: parent.id, metadata: { name_en: kind.name_en } }
        }),
      },
    })
  }
  byHandle = await read()

  // Anything out of place (a flat catalogue's kinds, the two kinds that became groups)
  const want = [
    ...CATEGORY_GROUPS.map((g, rank) => ({ handle: g.handle, name: g.name, name_en: g.name_en, parent: null as string | null, rank })),
    ...CATEGORY_GROUPS.flatMap((g) =>
      g.kinds.map((handle, rank) => ({ handle, name: kindOf.get(handle)!.name, name_en: kindOf.get(handle)!.name_en, parent: byHandle.get(g.handle)!.id, rank }))
    ),
  ]
  for (const w of want) {
    const c = byHandle.get(w.handle)!
    if (c.parent_category_id === w.parent && c.rank === w.rank && c.name === w.name && c.metadata?.name_en === w.name_en) continue
    await updateProductCategoriesWorkflow(container).run({
      input: {
        selector: { id: c.id },
        update: { name: w.name, parent_category_id: w.parent, rank: w.rank, metadata: { ...(c.metadata ?? {}), name_en: w.name_en } },
      },
    })
  }
  return new Map([...(await read())].map(([handle, c]) => [handle, c.id]))
}

/**
 * Puts each demo product in its kind when it is elsewhere (a database loaded when
 * 寻甸牛干巴 was filed under 肉类制品 and 东川面条 under 米面粮油), and keeps
 * metadata.kind in step. Idempotent; run after the products exist.
 */
export async function placeDemoProductsInKinds(container: MedusaContainer, categoryIds: Map<string, string>) {
  const productService = container.resolve(Modules.PRODUCT)
  const kinds = demoProductKinds()
  const products = await productService.listProducts(
    { handle: [...kinds.keys()] },
    { take: null, select: ["id", "handle", "metadata"], relations: ["categories"] }
  )
  const moves = products.flatMap((p) => {
    const kind = kinds.get(p.handle ?? "")!
    const leafId = categoryIds.get(kind)
    if (!leafId) return []
    const inPlace = p.categories?.length === 1 && p.categories[0]!.id === leafId
    const kindInStep = p.metadata?.kind === undefined || p.metadata.kind === kind
    if (inPlace && kindInStep) return []
    return [{ id: p.id, category_ids: [leafId], ...(kindInStep ? {} : { metadata: { ...(p.metadata ?? {}), kind } }) }]
  })
  if (!moves.length) return
  await updateProductsWorkflow(container).run({ input: { products: moves } })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`demo: ${moves.length} products moved into their kind of the category tree`)
}
