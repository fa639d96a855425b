import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { CATEGORY_GROUPS } from "../../src/scripts/demo/category-tree"
import { storeHeaders } from "../helpers/shopping"

type Category = {
  id: string
  handle: string
  name: string
  rank: number
  parent_category_id: string | null
  metadata: { name_en?: string } | null
  category_children: Category[]
}
type Product = { id: string; handle: string; title: string; categories: Array<{ id: string; handle: string }> }

/**
 * The demo's categories as a tree (scripts/demo/category-tree.ts) through the store
 * API the storefront reads: groups at the top, the 38 kinds under them, each
 * sellable product in exactly one kind, and a group's products found through its kinds.
 */
demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let tree: Category[]
    let products: Product[]

    beforeAll(async () => {
      store = await storeHeaders(getContainer())
      const res = await api.get(
        "/store/product-categories?parent_category_id=null&include_descendants_tree=true&limit=100&fields=id,handle,name,rank,parent_category_id,metadata,*category_children",
        store
      )
      tree = res.data.product_categories
      products = []
      for (let offset = 0; ; offset += 100) {
        const page = await api.get(`/store/products?limit=100&offset=${offset}&fields=id,handle,title,*categories`, store)
        products.push(...page.data.products)
        if (offset + 100 >= page.data.count) break
      }
    })

    const leaves = () => tree.flatMap((g) => g.category_children)
    const descendantIds = (c: Category): string[] => [c.id, ...c.category_children.flatMap(descendantIds)]

    it("has the groups at the top in their order, with Chinese and English names, and the 38 kinds under them", () => {
      expect(tree.sort((a, b) => a.rank - b.rank).map((g) => g.name)).toEqual(CATEGORY_GROUPS.map((g) => g.name))
      expect(tree.map((g) => g.name)).toEqual(expect.arrayContaining(["米面粮油", "肉禽蛋品", "蔬菜菌菇", "水果坚果"]))
      for (const group of tree) {
        expect(group.metadata?.name_en, group.handle).toBeTruthy()
        expect(group.category_children.length, group.handle).toBeGreaterThan(0)
        for (const kind of group.category_children) {
          expect(kind.parent_category_id).toBe(group.id)
          expect(kind.category_children).toEqual([])
          expect(kind.metadata?.name_en, kind.handle).toBeTruthy()
        }
      }
      expect(leaves()).toHaveLength(38)
      // no two kinds of one name (肉类制品 and 牛肉制品 used to overlap)
      expect(new Set(leaves().map((k) => k.name)).size).toBe(38)
    })

    it("puts each of the 126 products on sale in exactly one kind, never in a group, and uses every kind", () => {
      expect(products).toHaveLength(126)
      const leafIds = new Set(leaves().map((k) => k.id))
      for (const p of products) {
        expect(p.categories.length, p.handle).toBe(1)
        expect(leafIds.has(p.categories[0]!.id), `${p.handle} in ${p.categories[0]!.handle}`).toBe(true)
      }
      expect(new Set(products.map((p) => p.categories[0]!.id)).size).toBe(38)
    })

    it("finds 寻甸牛干巴 from the beef kind and from its group 肉禽蛋品, with the other beef products", async () => {
      const meat = tree.find((g) => g.name === "肉禽蛋品")!
      const beef = meat.category_children.find((k) => k.name === "牛肉制品")!
      expect(beef.handle).toBe("beef-products")
      const list = async (ids: string[]) =>
        (await api.get(`/store/products?limit=100&fields=handle&${ids.map((id) => `category_id[]=${id}`).join("&")}`, store)).data.products.map(
          (p: { handle: string }) => p.handle
        )
      const inBeef = await list([beef.id])
      expect(inBeef).toEqual(expect.arrayContaining(["xundian-dried-beef", "xundian-yellow-cattle-beef", "dongchuan-beef-jerky"]))
      const inMeat = await list(descendantIds(meat))
      expect(inMeat).toEqual(expect.arrayContaining(["xundian-dried-beef", "dongchuan-cured-pork", "luquan-free-range-eggs"]))
      expect(inMeat.length).toBeGreaterThan(inBeef.length)
      // the group's own id holds no product: its page lists its kinds' products
      expect(await list([meat.id])).toEqual([])

      // and the category answer with its ancestors names the way back up (a breadcrumb)
      const up = await api.get(`/store/product-categories?handle=beef-products&include_ancestors_tree=true&fields=id,name,*parent_category`, store)
      expect(up.data.product_categories[0].parent_category.name).toBe("肉禽蛋品")
    })
  },
})
