import type { CatalogueShelf, Locale } from "@fupin/shared"
import { getDictionary, interpolate, plural } from "@/lib/i18n"
import { categoriesHref, categoryHref } from "@/lib/i18n/paths"
import type { CategoryNode } from "@/lib/util/categories"
import { categoryName } from "@/lib/util/product"
import type { BrowserGroup } from "../components/category-browser"

/** Each category's shelf (its count and picture) by handle, as lib/data/products.ts listShelves reads them. */
type Shelves = ReadonlyMap<string, CatalogueShelf>

const countOf = (shelves: Shelves, handle: string) => shelves.get(handle)?.count ?? 0
const pictureOf = (shelves: Shelves, handle: string) => shelves.get(handle)?.thumbnail ?? null

/** The top-level groups for the home page's grid: name, picture, the 分类 page opened on the group. */
export function homeGroupTiles(tree: CategoryNode[], shelves: Shelves, locale: Locale) {
  return tree
    .filter((g) => countOf(shelves, g.handle) > 0)
    .map((g) => ({ handle: g.handle, name: categoryName(g, locale), picture: pictureOf(shelves, g.handle), href: categoriesHref(locale, g.handle) }))
}

/** The groups and their kinds as the 分类 page shows them (names, links, the first product's picture, counts). */
export function browserGroups(tree: CategoryNode[], shelves: Shelves, locale: Locale): BrowserGroup[] {
  const dict = getDictionary(locale).categories
  return tree
    .filter((g) => countOf(shelves, g.handle) > 0)
    .map((g) => {
      const name = categoryName(g, locale)
      const kinds = g.children.length ? g.children : [g]
      return {
        handle: g.handle,
        name,
        href: categoryHref(locale, g.handle),
        viewAllLabel: interpolate(dict.viewAll, { name }),
        kindsLabel: interpolate(dict.kindsOf, { name }),
        kinds: kinds
          .filter((k) => countOf(shelves, k.handle) > 0)
          .map((k) => ({
            handle: k.handle,
            name: categoryName(k, locale),
            href: categoryHref(locale, k.handle),
            picture: pictureOf(shelves, k.handle),
            countLabel: plural(dict.productCount, countOf(shelves, k.handle), locale),
          })),
      }
    })
}
