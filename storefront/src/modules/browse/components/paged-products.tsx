import type { Locale } from "@fupin/shared"
import type { CatalogueProduct } from "@/lib/util/product"
import { ProductGrid } from "@/modules/products/components/product-grid"
import { Pagination } from "./pagination"

/** One page of a list's products and the links to its other pages. */
export function PagedProducts({
  result,
  locale,
  hrefFor,
}: {
  result: { items: CatalogueProduct[]; page: number; pages: number }
  locale: Locale
  hrefFor: (page: number) => string
}) {
  return (
    <>
      <ProductGrid products={result.items} locale={locale} />
      <Pagination page={result.page} pages={result.pages} locale={locale} hrefFor={hrefFor} />
    </>
  )
}
