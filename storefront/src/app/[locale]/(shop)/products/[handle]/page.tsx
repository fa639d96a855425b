import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getCategoryTree, getProductByHandle } from "@/lib/data/products"
import { getProductReviews } from "@/lib/data/reviews"
import { decodeSegment, languageAlternates, productHref } from "@/lib/i18n/paths"
import { productDescription, productTitle } from "@/lib/util/product"
import { ancestry, findCategory } from "@/lib/util/categories"
import { ProductDetail } from "@/modules/products/templates/product-detail"
import { renderOnFirstVisit } from "@/lib/static-pages"

// static: rendered on the first visit, cached until its reads' tags are revalidated (lib/static-pages.ts)
export const generateStaticParams = renderOnFirstVisit
export const revalidate = 300

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  if (!isLocale(locale)) return {}
  const product = await getProductByHandle(decodeSegment(handle)).catch(() => null)
  if (!product) return {}
  const description = productDescription(product, locale)
  return {
    title: productTitle(product, locale),
    alternates: {
      canonical: productHref(locale, product.handle),
      languages: languageAlternates(`/products/${encodeURIComponent(product.handle)}`),
    },
    ...(description ? { description: description.slice(0, 160) } : {}),
  }
}

export default async function ProductPage({ params }: Props) {
  const { locale, handle } = await params
  if (!isLocale(locale)) notFound()
  const product = await getProductByHandle(decodeSegment(handle))
  if (!product) notFound()
  // the kind with its group, each a link to its page (肉禽蛋品 › 牛肉制品)
  const tree = await getCategoryTree().catch(() => [])
  const kind = product.categories?.[0] ? findCategory(tree, product.categories[0].handle) : null
  // the same for every visitor (approved reviews, masked names, 已售): cached with the product's tags
  const reviews = await getProductReviews(product.id, product.handle)
  return <ProductDetail product={product} locale={locale} categoryPath={kind ? ancestry(kind) : undefined} reviews={reviews} />
}
