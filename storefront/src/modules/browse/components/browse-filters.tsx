import Link from "next/link"
import type { Locale } from "@fupin/shared"
import { getDictionary, interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import type { BrowseParams } from "@/lib/util/browse"
import type { CategoryNode } from "@/lib/util/categories"
import { categoryName, countyShortName, SOURCE_COUNTIES } from "@/lib/util/product"
import { KUNMING_COUNTIES } from "@fupin/shared"

const select =
  "mt-1 block w-full rounded-lg border border-earth-200 bg-white px-3 py-2.5 text-base text-earth-900 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"

/**
 * The browse filters as a plain GET form: works without JavaScript and produces the
 * shareable URL (/zh/products?category=…&county=…).
 */
export function BrowseFilters({
  params,
  categories,
  countiesWithProducts,
  locale,
}: {
  params: BrowseParams
  /** the category tree: each group a list of its kinds, the group itself first (all its kinds) */
  categories: CategoryNode[]
  countiesWithProducts: string[]
  locale: Locale
}) {
  const dict = getDictionary(locale).browse
  // The delisted counties first, then any other county that has products.
  const counties = [
    ...SOURCE_COUNTIES,
    ...KUNMING_COUNTIES.filter((c) => !c.delisted_poverty_county && countiesWithProducts.includes(c.handle)),
  ]
  return (
    <form method="get" action={localizedHref(locale, "/products")} className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-earth-100">
      <h2 className="text-base font-bold text-earth-900">{dict.filters}</h2>
      <div className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-1">
        <div className="col-span-1">
          <label htmlFor="filter-category" className="block text-sm font-medium text-earth-800">
            {dict.category}
          </label>
          <select id="filter-category" name="category" defaultValue={params.category ?? ""} className={select}>
            <option value="">{dict.any}</option>
            {categories.map((group) =>
              group.children.length ? (
                <optgroup key={group.id} label={categoryName(group, locale)}>
                  <option value={group.handle}>{interpolate(dict.allOfGroup, { name: categoryName(group, locale) })}</option>
                  {group.children.map((c) => (
                    <option key={c.id} value={c.handle}>
                      {categoryName(c, locale)}
                    </option>
                  ))}
                </optgroup>
              ) : (
                <option key={group.id} value={group.handle}>
                  {categoryName(group, locale)}
                </option>
              )
            )}
          </select>
        </div>
        <div className="col-span-1">
          <label htmlFor="filter-county" className="block text-sm font-medium text-earth-800">
            {dict.county}
          </label>
          <select id="filter-county" name="county" defaultValue={params.county ?? ""} className={select}>
            <option value="">{dict.any}</option>
            {counties.map((c) => (
              <option key={c.handle} value={c.handle}>
                {locale === "zh" ? c.name_zh : countyShortName(c, locale)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="col-span-2 lg:col-span-1">
          <legend className="text-sm font-medium text-earth-800">{dict.priceRange}</legend>
          <div className="mt-1 flex items-center gap-2">
            <label htmlFor="filter-min" className="sr-only">
              {dict.minPrice}
            </label>
            <input
              id="filter-min"
              name="min"
              type="number"
              inputMode="decimal"
              min={0}
              step="any"
              placeholder={dict.minPrice}
              defaultValue={params.min ?? ""}
              className={select + " mt-0"}
            />
            <span aria-hidden="true">–</span>
            <label htmlFor="filter-max" className="sr-only">
              {dict.maxPrice}
            </label>
            <input
              id="filter-max"
              name="max"
              type="number"
              inputMode="decimal"
              min={0}
              step="any"
              placeholder={dict.maxPrice}
              defaultValue={params.max ?? ""}
              className={select + " mt-0"}
            />
          </div>
        </fieldset>
        <div className="col-span-1">
          <label htmlFor="filter-sort" className="block text-sm font-medium text-earth-800">
            {dict.sort}
          </label>
          <select id="filter-sort" name="sort" defaultValue={params.sort} className={select}>
            <option value="newest">{dict.sortNewest}</option>
            <option value="price_asc">{dict.sortPriceAsc}</option>
            <option value="price_desc">{dict.sortPriceDesc}</option>
          </select>
        </div>
        <label className="col-span-1 flex items-center gap-2 self-end py-2 text-sm text-earth-800">
          <input type="checkbox" name="certified" value="1" defaultChecked={params.certified} className="h-5 w-5 accent-brand-600" />
          {dict.certifiedOnly}
        </label>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded-full bg-brand-600 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-700">
          {dict.apply}
        </button>
        <Link href={localizedHref(locale, "/products")} className="text-sm font-medium text-brand-700 underline underline-offset-4">
          {dict.clear}
        </Link>
      </div>
    </form>
  )
}
