import Link from "next/link"
import type { Locale, StoreProductReviewsResponse } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import { categoryHref, localizedHref } from "@/lib/i18n/paths"
import type { CategoryNode } from "@/lib/util/categories"
import { formatLowestPrice } from "@/lib/util/lowest-price"
import { formatPrice } from "@/lib/util/price"
import {
  availableQuantity,
  type CatalogueProduct,
  categoryName,
  isGeographicalIndication,
  priceRange,
  productDescription,
  productImages,
  productOrigin,
  productSubtitle,
  productCertificate,
  productSupplier,
  productTitle,
  readOriginMetadata,
  sortVariantsByPrice,
  variantPrice,
} from "@/lib/util/product"
import { CertificateBadge } from "@/modules/certification/components/certificate-badge"
import { PinIcon } from "@/modules/common/components/pin-icon"
import { ProductReviews, ReviewSummaryLine } from "@/modules/reviews/components/product-reviews"
import { SupplierCard } from "@/modules/supplier/components/supplier-card"
import { AddToCart, type AddToCartVariant } from "../components/add-to-cart"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { ADD_TO_CART_STRINGS } from "@/modules/products/components/add-to-cart.strings"

export function ProductDetail({
  product,
  locale,
  categoryPath,
  reviews = null,
}: {
  product: CatalogueProduct
  locale: Locale
  /** the product's kind and the groups above it, top first: shown as links to their pages */
  categoryPath?: CategoryNode[]
  reviews?: StoreProductReviewsResponse | null
}) {
  const dict = getDictionary(locale)
  const title = productTitle(product, locale)
  const subtitle = productSubtitle(product, locale)
  const description = productDescription(product, locale)
  const origin = productOrigin(product.metadata, locale)
  const images = productImages(product)
  const [mainImage, ...moreImages] = images
  const price = formatLowestPrice(priceRange(product.variants), locale)
  const variants = sortVariantsByPrice(product.variants)
  const categories = (product.categories ?? []).map((c) => categoryName(c, locale))
  const isDemo = readOriginMetadata(product.metadata).demo === true
  const originText = origin ? [origin.fullName, origin.township].filter(Boolean).join(" · ") : null
  const certificate = productCertificate(product)
  const supplier = productSupplier(product)
  const gi = isGeographicalIndication(product)
  const cartVariants: AddToCartVariant[] = variants.map((variant) => {
    const vp = variantPrice(variant)
    return {
      id: variant.id,
      title: variant.title ?? "",
      price: vp ? formatPrice(vp.amount, locale) : null,
      original: vp?.original != null ? formatPrice(vp.original, locale) : null,
      available: availableQuantity(variant),
    }
  })

  return (
    <div className="mx-auto max-w-6xl px-4 pb-14 pt-4 sm:px-6 sm:pt-6">
      <nav aria-label={dict.product.breadcrumb} className="mb-4">
        <Link
          href={localizedHref(locale, "/products")}
          className="inline-flex items-center gap-1 rounded-full py-1 pr-3 text-sm font-medium text-earth-700 hover:text-brand-600"
        >
          <span aria-hidden="true">←</span>
          {dict.product.back}
        </Link>
      </nav>

      <div className="grid gap-6 md:grid-cols-2 md:gap-10">
        <section aria-label={dict.product.images}>
          <div className="overflow-hidden rounded-2xl bg-white ring-1 ring-earth-100">
            <img
              src={mainImage}
              alt={title}
              width={800}
              height={800}
              loading="eager"
              fetchPriority="high"
              decoding="async"
              className="aspect-square h-auto w-full object-cover"
            />
          </div>
          {moreImages.length > 0 ? (
            <ul className="mt-3 grid grid-cols-4 gap-2">
              {moreImages.map((src, i) => (
                <li key={src} className="overflow-hidden rounded-lg bg-white ring-1 ring-earth-100">
                  <img
                    src={src}
                    alt={`${dict.product.imageAlt} ${i + 2}`}
                    width={200}
                    height={200}
                    loading="lazy"
                    decoding="async"
                    className="aspect-square h-auto w-full object-cover"
                  />
                </li>
              ))}
            </ul>
          ) : null}
        </section>

        <section aria-labelledby="product-title" className="flex flex-col">
          {origin ? (
            <p className="inline-flex w-fit items-center gap-1 rounded-full bg-brand-50 px-2.5 py-1 text-xs font-medium text-brand-700 ring-1 ring-brand-100">
              <PinIcon />
              <span className="sr-only">{dict.product.origin}: </span>
              {origin.fullName}
            </p>
          ) : null}
          <h1 id="product-title" className="mt-3 text-2xl font-bold leading-snug text-earth-900 sm:text-3xl">
            {title}
          </h1>
          {subtitle ? <p className="mt-2 text-[15px] text-earth-600">{subtitle}</p> : null}

          <div className="mt-4 rounded-xl bg-brand-50/70 px-4 py-3">
            <p className="text-sm text-earth-600">{dict.product.price}</p>
            <p className="text-3xl font-bold text-brand-600">
              {price ?? <span className="text-base font-normal text-earth-600">{dict.products.noPrice}</span>}
            </p>
            {reviews ? <ReviewSummaryLine reviews={reviews} locale={locale} /> : null}
          </div>

          {certificate ? <CertificateBadge certificate={certificate} locale={locale} /> : null}

          {cartVariants.length > 0 ? <ClientStrings locale={locale} pick={ADD_TO_CART_STRINGS}><AddToCart variants={cartVariants} locale={locale} /></ClientStrings> : null}

          <dl className="mt-5 divide-y divide-earth-100 rounded-xl bg-white text-sm ring-1 ring-earth-100">
            {originText ? (
              <div className="flex gap-4 px-4 py-3">
                <dt className="w-16 shrink-0 text-earth-600">{dict.product.origin}</dt>
                <dd className="text-earth-900">
                  <Link href={localizedHref(locale, `/counties/${origin?.county.handle ?? ""}`)} className="underline underline-offset-4 hover:text-brand-700">
                    {originText}
                  </Link>
                  {gi ? <span className="ml-2 rounded bg-gold-300/50 px-1.5 py-0.5 text-xs font-medium text-earth-900">{dict.cert.gi}</span> : null}
                </dd>
              </div>
            ) : null}
            {categories.length > 0 ? (
              <div className="flex gap-4 px-4 py-3">
                <dt className="w-16 shrink-0 text-earth-600">{dict.product.category}</dt>
                <dd className="text-earth-900">
                  {categoryPath?.length
                    ? categoryPath.map((c, i) => (
                        <span key={c.id}>
                          {i > 0 ? <span aria-hidden="true"> › </span> : null}
                          <Link href={categoryHref(locale, c.handle)} className="underline underline-offset-4 hover:text-brand-700">
                            {categoryName(c, locale)}
                          </Link>
                        </span>
                      ))
                    : categories.join(" / ")}
                </dd>
              </div>
            ) : null}
          </dl>

          {supplier ? <SupplierCard supplier={supplier} locale={locale} /> : null}

          <p className="mt-5 flex items-start gap-2 rounded-xl bg-gold-300/30 px-4 py-3 text-sm leading-relaxed text-earth-800">
            <span aria-hidden="true" className="mt-0.5 text-brand-600">
              ♥
            </span>
            {dict.product.supportNote}
          </p>
        </section>
      </div>

      {description ? (
        <section aria-labelledby="product-description" className="mt-10 rounded-2xl bg-white p-5 ring-1 ring-earth-100 sm:p-8">
          <h2 id="product-description" className="text-lg font-bold text-earth-900">
            {dict.product.description}
          </h2>
          <div className="mt-3 space-y-3 text-[15px] leading-relaxed text-earth-800">
            {description.split(/\n{2,}|\r\n\r\n/).map((para, i) => (
              <p key={i} className="whitespace-pre-line">
                {para}
              </p>
            ))}
          </div>
        </section>
      ) : null}

      {reviews ? <ProductReviews reviews={reviews} locale={locale} /> : null}

      {isDemo ? <p className="mt-6 text-center text-xs text-earth-600">{dict.product.demoNote}</p> : null}
    </div>
  )
}
