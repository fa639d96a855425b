import { describe, expect, it } from "vitest"
import { ancestry, categoryTree, findCategory, leafCategories } from "../categories"

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

  it("finds a category by its handle, and its way up from the top", () => {
    expect(findCategory(tree, "eggs")?.name).toBe("禽蛋")
    expect(findCategory(tree, "nope")).toBeNull()
    expect(ancestry(findCategory(tree, "beef-products")!).map((n) => n.name)).toEqual(["肉禽蛋品", "牛肉制品"])
  })
})
