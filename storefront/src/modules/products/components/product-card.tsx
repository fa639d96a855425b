import type { Locale } from "@fupin/shared"
import { productHref } from "@/lib/i18n/paths"
import { formatLowestPrice } from "@/lib/util/lowest-price"
import { type CatalogueProduct, isCertifiedNow, PLACEHOLDER_IMAGE, priceRange, productImages, productOrigin, productTitle } from "@/lib/util/product"
import { NoPrice, ProductTile } from "./product-tile"

export function ProductCard({
  product,
  locale,
  eager = false,
}: {
  product: CatalogueProduct
  locale: Locale
  /** the first row is above the fold on desktop: load it eagerly */
  eager?: boolean
}) {
  const title = productTitle(product, locale)
  return (
    <ProductTile
      locale={locale}
      href={productHref(locale, product.handle)}
      image={productImages(product)[0] ?? PLACEHOLDER_IMAGE}
      alt={title}
      eager={eager}
      county={productOrigin(product.metadata, locale)?.shortName ?? null}
      certified={isCertifiedNow(product)}
      title={title}
      price={formatLowestPrice(priceRange(product.variants), locale) ?? <NoPrice locale={locale} />}
    />
  )
}
