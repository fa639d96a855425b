import type { Locale } from "@fupin/shared"
import type { CatalogueProduct } from "@/lib/util/product"
import { getDictionary } from "@/lib/i18n"
import { ProductCard } from "./product-card"

export function ProductGrid({ products, locale }: { products: CatalogueProduct[]; locale: Locale }) {
  const dict = getDictionary(locale)
  if (products.length === 0) {
    return <p className="rounded-xl bg-white p-8 text-center text-earth-600 ring-1 ring-earth-100">{dict.products.empty}</p>
  }
  return (
    <ul className="grid grid-cols-2 gap-3 sm:gap-5 md:grid-cols-3 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} locale={locale} eager={index < 4} />
        </li>
      ))}
    </ul>
  )
}
