import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import type { Locale } from "@fupin/shared"
import { browseCatalogue, getCategoryTree } from "@/lib/data/products"
import { getDictionary, interpolate, plural } from "@/lib/i18n"
import { categoriesHref, categoryHref, decodeSegment, languageAlternates, localizedHref } from "@/lib/i18n/paths"
import { ancestry, findCategory } from "@/lib/util/categories"
import { categoryName } from "@/lib/util/product"
import { PagedProducts } from "@/modules/browse/components/paged-products"
import { PageHeading } from "@/modules/common/components/page-heading"
import {
  EMPTY_PARAMS,
  SEARCH_PAGE_SIZE,
  searchQueryString,
  toStoreCatalogueQuery,
  type SearchPageParams,
} from "@/modules/search/lib/search-url"

/** A category's title and its one canonical URL, whatever the order and page. */
export async function categoryMetadata(locale: Locale, handle: string): Promise<Metadata> {
  const node = findCategory(await getCategoryTree().catch(() => []), decodeSegment(handle))
  if (!node) return {}
  const path = `/categories/${encodeURIComponent(node.handle)}`
  return { title: categoryName(node, locale), alternates: { canonical: localizedHref(locale, path), languages: languageAlternates(path) } }
}

/**
 * A category's page: a kind's products, or a group's (every product of its kinds),
 * with the way back up (分类 › 肉禽蛋品 › 牛肉制品) and the neighbouring kinds. The
 * same for every shopper: catalogue data only, a cached page for each order and page
 * (modules/browse/lib/list-path.ts).
 */
export async function CategoryList({ locale, handle, params }: { locale: Locale; handle: string; params: SearchPageParams }) {
  const dict = getDictionary(locale)
  const tree = await getCategoryTree()
  const node = findCategory(tree, decodeSegment(handle))
  if (!node) notFound()
  // the category is the page's own; of the list's state it takes the order and the page
  const { sort, page } = params
  // a group's page lists its kinds' products: the index files each product under its kinds and their groups
  const result = await browseCatalogue(toStoreCatalogueQuery({ ...EMPTY_PARAMS, category: [node.handle], sort }), {
    page,
    pageSize: SEARCH_PAGE_SIZE,
  })
  const path = ancestry(node)
  // a group shows its kinds; a kind its group's other kinds, itself marked
  const group = node.children.length ? node : node.parent
  const chips = group ? [group, ...group.children] : []
  const base = categoryHref(locale, node.handle)

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <nav aria-label={dict.categories.breadcrumb} className="mb-3 text-sm text-earth-600">
        <ol className="flex flex-wrap items-center gap-1">
          <li>
            <Link href={categoriesHref(locale, path[0]?.handle)} className="hover:text-brand-700 hover:underline">
              {dict.categories.allCategories}
            </Link>
          </li>
          {path.map((n) => (
            <li key={n.id} className="flex items-center gap-1">
              <span aria-hidden="true">›</span>
              {n.id === node.id ? (
                <span aria-current="page" className="font-medium text-earth-900">
                  {categoryName(n, locale)}
                </span>
              ) : (
                <Link href={categoryHref(locale, n.handle)} className="hover:text-brand-700 hover:underline">
                  {categoryName(n, locale)}
                </Link>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <PageHeading sub={plural(dict.browse.count, result.count, locale)}>{categoryName(node, locale)}</PageHeading>
      {chips.length > 1 ? (
        <ul aria-label={dict.categories.groups} className="-mx-4 mb-5 flex gap-2 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:px-0">
          {chips.map((c) => {
            const current = c.id === node.id
            return (
              <li key={c.id} className="shrink-0">
                <Link
                  href={categoryHref(locale, c.handle)}
                  aria-current={current ? "page" : undefined}
                  className={
                    "inline-block rounded-full px-4 py-2 text-sm font-medium ring-1 " +
                    (current ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-earth-800 ring-earth-200 hover:text-brand-700")
                  }
                >
                  {c === group ? interpolate(dict.browse.allOfGroup, { name: categoryName(c, locale) }) : categoryName(c, locale)}
                </Link>
              </li>
            )
          })}
        </ul>
      ) : null}
      {result.count === 0 ? (
        <div role="status" className="rounded-2xl bg-white px-6 py-10 text-center ring-1 ring-earth-100">
          <h2 className="text-lg font-bold text-earth-900">{dict.categories.emptyTitle}</h2>
          <p className="mt-2 text-sm text-earth-600">{dict.categories.emptyBody}</p>
          <Link href={localizedHref(locale, "/products")} className="mt-5 inline-block rounded-full bg-brand-600 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-700">
            {dict.home.browseAll}
          </Link>
        </div>
      ) : (
        <PagedProducts result={result} locale={locale} hrefFor={(p) => `${base}${searchQueryString({ ...EMPTY_PARAMS, sort, page: p })}`} />
      )}
    </div>
  )
}
