import type { CatalogueShelf, Locale } from "@fupin/shared"
import { getDictionary, interpolate, plural } from "@/lib/i18n"
import { categoriesHref, categoryHref } from "@/lib/i18n/paths"
import type { CategoryNode } from "@/lib/util/categories"
import { categoryName } from "@/lib/util/product"
import type { BrowserGroup } from "../components/category-browser"

/** Each category's count and picture, as the backend's shelves list them (lib/data/products.ts listShelves). */
function shelvesWithPictures(shelves: ReadonlyMap<string, CatalogueShelf>) {
  return { shelves, picture: (handle: string): string | null => shelves.get(handle)?.thumbnail ?? null }
}

/** The top-level groups for the home page's grid: name, picture, the 分类 page opened on the group. */
export function homeGroupTiles(tree: CategoryNode[], shelfOf: ReadonlyMap<string, CatalogueShelf>, locale: Locale) {
  const { shelves, picture } = shelvesWithPictures(shelfOf)
  return tree
    .filter((g) => (shelves.get(g.handle)?.count ?? 0) > 0)
    .map((g) => ({ handle: g.handle, name: categoryName(g, locale), picture: picture(g.handle), href: categoriesHref(locale, g.handle) }))
}

/** The groups and their kinds as the 分类 page shows them (names, links, the first product's picture, counts). */
export function browserGroups(tree: CategoryNode[], shelfOf: ReadonlyMap<string, CatalogueShelf>, locale: Locale): BrowserGroup[] {
  const dict = getDictionary(locale).categories
  const { shelves, picture } = shelvesWithPictures(shelfOf)
  return tree
    .filter((g) => (shelves.get(g.handle)?.count ?? 0) > 0)
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
          .filter((k) => (shelves.get(k.handle)?.count ?? 0) > 0)
          .map((k) => ({
            handle: k.handle,
            name: categoryName(k, locale),
            href: categoryHref(locale, k.handle),
            picture: picture(k.handle),
            countLabel: plural(dict.productCount, shelves.get(k.handle)?.count ?? 0, locale),
          })),
      }
    })
}
