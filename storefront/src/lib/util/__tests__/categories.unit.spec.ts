import { describe, expect, it } from "vitest"
import { ancestry, categoryShelves, categoryTree, findCategory, handlesWithin, leafCategories } from "../categories"
import { browse, parseBrowseParams } from "../browse"

// as the store API answers: flat, each with its parent, in no particular order
const flat = [
  { id: "c-beef", handle: "beef-products", name: "牛肉制品", rank: 0, parent_category_id: "c-meat" },
  { id: "c-fruit", handle: "fruit-nuts", name: "水果坚果", rank: 1, parent_category_id: null },
  { id: "c-meat", handle: "meat", name: "肉禽蛋品", rank: 0, parent_category_id: null },
  { id: "c-eggs", handle: "eggs", name: "禽蛋", rank: 1, parent_category_id: "c-meat" },
  { id: "c-nuts", handle: "nuts", name: "干果坚果", rank: 0, parent_category_id: "c-fruit" },
]

describe("the category tree", () => {
  const tree = categoryTree(flat)

  it("puts the groups at the top and their kinds under them, each level by rank", () => {
    expect(tree.map((g) => g.handle)).toEqual(["meat", "fruit-nuts"])
    expect(tree[0]!.children.map((k) => k.handle)).toEqual(["beef-products", "eggs"])
    expect(leafCategories(tree).map((k) => k.handle)).toEqual(["beef-products", "eggs", "nuts"])
  })

  it("stands a group for its kinds, and a kind for itself", () => {
    expect([...handlesWithin(findCategory(tree, "meat")!)].sort()).toEqual(["beef-products", "eggs", "meat"])
    expect([...handlesWithin(findCategory(tree, "eggs")!)]).toEqual(["eggs"])
    expect(findCategory(tree, "nope")).toBeNull()
    expect(ancestry(findCategory(tree, "beef-products")!).map((n) => n.name)).toEqual(["肉禽蛋品", "牛肉制品"])
  })

  it("counts a group's products through its kinds and picks the first one for its picture", () => {
    const products = [
      { handle: "xundian-dried-beef", categories: [{ handle: "beef-products" }] },
      { handle: "luquan-free-range-eggs", categories: [{ handle: "eggs" }] },
      { handle: "luquan-walnuts", categories: [{ handle: "nuts" }] },
    ]
    const shelves = categoryShelves(tree, products)
    expect(shelves.get("meat")).toEqual({ count: 2, first: "xundian-dried-beef" })
    expect(shelves.get("eggs")).toEqual({ count: 1, first: "luquan-free-range-eggs" })
    expect(shelves.get("fruit-nuts")).toEqual({ count: 1, first: "luquan-walnuts" })
  })

  it("lets the browse filter on a group find its kinds' products (寻甸牛干巴 under 肉禽蛋品)", () => {
    const product = (handle: string, category: string) =>
      ({
        id: handle,
        metadata: {},
        variants: [],
        categories: [{ id: `c-${category}`, handle: category, name: category }],
        certificate: null,
        created_at: "2026-01-01T00:00:00Z",
      }) as never as Parameters<typeof browse>[0][number]
    const catalogue = [product("xundian-dried-beef", "beef-products"), product("luquan-walnuts", "nuts")]
    const params = parseBrowseParams({ category: "meat" })
    expect(browse(catalogue, params, new Date(), handlesWithin(findCategory(tree, "meat")!)).items.map((p) => p.id)).toEqual(["xundian-dried-beef"])
    // without the tree, a group's handle alone matches nothing: products sit in kinds
    expect(browse(catalogue, params).count).toBe(0)
  })
})
