/**
 * The catalogue's categories as a tree: groups (大类 such as 肉禽蛋品) at the top,
 * product kinds (牛肉制品) under them. Products sit in the kinds; a group's page
 * lists the products of all its kinds. Built from the flat list the store API
 * answers (each category with its parent_category_id and rank).
 */

type Metadata = Record<string, unknown> | null | undefined

export interface FlatCategory {
  id: string
  handle: string
  name: string
  rank?: number | null
  parent_category_id?: string | null
  metadata?: Metadata
}

export interface CategoryNode {
  id: string
  handle: string
  name: string
  metadata?: Metadata
  parent: CategoryNode | null
  children: CategoryNode[]
}

/** The tree of the flat list: top-level categories and their children, each level by rank then name. */
export function categoryTree(flat: readonly FlatCategory[]): CategoryNode[] {
  const nodes = new Map<string, CategoryNode & { rank: number }>()
  for (const c of flat) {
    nodes.set(c.id, { id: c.id, handle: c.handle, name: c.name, metadata: c.metadata, parent: null, children: [], rank: c.rank ?? 0 })
  }
  const roots: Array<CategoryNode & { rank: number }> = []
  for (const c of flat) {
    const node = nodes.get(c.id)!
    const parent = c.parent_category_id ? nodes.get(c.parent_category_id) : undefined
    if (parent) {
      node.parent = parent
      parent.children.push(node)
    } else roots.push(node)
  }
  const byRank = (a: { rank: number; name: string }, b: { rank: number; name: string }) => a.rank - b.rank || a.name.localeCompare(b.name)
  const sort = (list: Array<CategoryNode & { rank: number }>) => {
    list.sort(byRank)
    for (const n of list) sort(n.children as Array<CategoryNode & { rank: number }>)
  }
  sort(roots)
  return roots
}

/** Every node of the tree, parents before their children. */
export function allCategories(tree: readonly CategoryNode[]): CategoryNode[] {
  return tree.flatMap((n) => [n, ...allCategories(n.children)])
}

/** The node of a handle, or null. */
export function findCategory(tree: readonly CategoryNode[], handle: string): CategoryNode | null {
  return allCategories(tree).find((n) => n.handle === handle) ?? null
}

/** From the top of the tree down to the node (for a breadcrumb). */
export function ancestry(node: CategoryNode): CategoryNode[] {
  const path: CategoryNode[] = []
  for (let n: CategoryNode | null = node; n; n = n.parent) path.unshift(n)
  return path
}

/** The leaves of the tree (the product kinds a product is filed under), in tree order. */
export function leafCategories(tree: readonly CategoryNode[]): CategoryNode[] {
  return allCategories(tree).filter((n) => n.children.length === 0)
}

/** Each category's parent's handle by its handle (null at the top): what the category facet drills down by. */
export function categoryParents(tree: readonly CategoryNode[]): Record<string, string | null> {
  const parents: Record<string, string | null> = {}
  const walk = (nodes: readonly CategoryNode[]) => {
    for (const node of nodes) {
      parents[node.handle] = node.parent?.handle ?? null
      walk(node.children)
    }
  }
  walk(tree)
  return parents
}
