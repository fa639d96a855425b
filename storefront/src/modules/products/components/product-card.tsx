import Link from "next/link"
import type { Locale } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import { productHref } from "@/lib/i18n/paths"
import { formatLowestPrice } from "@/lib/util/lowest-price"
import { type CatalogueProduct, isCertifiedNow, priceRange, productImages, productOrigin, productTitle } from "@/lib/util/product"
import { ShieldIcon } from "@/modules/certification/components/certificate-badge"
import { PinIcon } from "@/modules/common/components/pin-icon"

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
  const dict = getDictionary(locale)
  const title = productTitle(product, locale)
  const origin = productOrigin(product.metadata, locale)
  const price = formatLowestPrice(priceRange(product.variants), locale)
  const image = productImages(product)[0]
  const certified = isCertifiedNow(product)

  return (
    <article className="group relative flex h-full flex-col overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-earth-100 transition hover:-translate-y-0.5 hover:shadow-md has-[a:focus-visible]:ring-3 has-[a:focus-visible]:ring-gold-500">
      <div className="relative aspect-square overflow-hidden bg-earth-50">
        <img
          src={image}
          alt={title}
          width={400}
          height={400}
          loading={eager ? "eager" : "lazy"}
          decoding="async"
          className="h-full w-full object-cover transition duration-300 group-hover:scale-[1.03]"
        />
        {origin ? (
          <span className="absolute left-2 top-2 inline-flex items-center gap-0.5 rounded-full bg-white/90 px-2 py-0.5 text-xs font-medium text-brand-700 shadow-sm">
            <PinIcon />
            <span className="sr-only">{dict.products.origin}: </span>
            {origin.shortName}
          </span>
        ) : null}
        {certified ? (
          <span className="absolute bottom-2 left-2 inline-flex items-center gap-0.5 rounded-full bg-emerald-700 px-2 py-0.5 text-xs font-medium text-white shadow-sm">
            <ShieldIcon className="h-3.5 w-3.5" />
            {dict.cert.short}
          </span>
        ) : null}
      </div>
      <div className="flex flex-1 flex-col gap-2 p-3 sm:p-4">
        <h3 className="line-clamp-2 text-sm font-medium leading-snug text-earth-900 sm:text-base">
          <Link
            href={productHref(locale, product.handle)}
            className="after:absolute after:inset-0 after:content-[''] focus-visible:underline focus-visible:outline-none"
          >
            {title}
          </Link>
        </h3>
        <p className="mt-auto text-base font-bold text-brand-600 sm:text-lg">
          {price ?? <span className="text-sm font-normal text-earth-600">{dict.products.noPrice}</span>}
        </p>
      </div>
    </article>
  )
}
