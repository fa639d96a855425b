import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getImpact } from "@/lib/data/domain"
import { getCategoryTree, listHomeCandidates, listProducts, listShelves } from "@/lib/data/products"
import { getDictionary } from "@/lib/i18n"
import { languageAlternates, localizedHref } from "@/lib/i18n/paths"
import { ServiceUnavailable } from "@/modules/common/components/service-unavailable"
import { Hero } from "@/modules/home/components/hero"
import { homeGroupTiles } from "@/modules/categories/lib/browser-groups"
import { CategoryGrid, CountyShowcase, FeaturedProducts, ImpactCounters } from "@/modules/home/components/home-sections"
import { type CatalogueProduct, homePicks } from "@/lib/util/product"
import Link from "next/link"
import { ProductGrid } from "@/modules/products/components/product-grid"
import { renderOnFirstVisit } from "@/lib/static-pages"

// static: rendered on the first visit, cached until its reads' tags are revalidated (lib/static-pages.ts)
export const generateStaticParams = renderOnFirstVisit
export const revalidate = 300

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { alternates: { canonical: localizedHref(locale), languages: languageAlternates() } }
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const dict = getDictionary(locale)

  // The hero and chrome render even when the backend is down; only the grid degrades.
  let products: CatalogueProduct[] | null = null
  let featured: CatalogueProduct[] = []
  let groups: ReturnType<typeof homeGroupTiles> = []
  try {
    const [newest, candidates, tree, shelves] = await Promise.all([
      listProducts({ limit: 20 }),
      listHomeCandidates(),
      getCategoryTree().catch(() => []),
      listShelves().catch(() => new Map()),
    ])
    featured = homePicks(candidates)
    groups = homeGroupTiles(tree, shelves, locale)
    // Each product once on the page: the newest grid leaves out the picks above it.
    products = newest.products.filter((p) => !featured.some((f) => f.id === p.id)).slice(0, 12)
  } catch (error) {
    console.error("[storefront] Could not load products for the home page:", error)
  }
  const impact = await getImpact().catch((error: unknown) => {
    console.error("[storefront] Could not load impact figures for the home page:", error)
    return null
  })

  return (
    <>
      <Hero locale={locale} />
      <CategoryGrid groups={groups} locale={locale} />
      <FeaturedProducts products={featured} locale={locale} />
      <section id="products" aria-labelledby="products-title" className="mx-auto max-w-6xl scroll-mt-20 px-4 py-8 sm:px-6 sm:py-12">
        <div className="mb-5 flex items-end justify-between gap-4 sm:mb-7">
          <div>
            <h2 id="products-title" className="flex items-center gap-2 text-xl font-bold text-earth-900 sm:text-2xl">
              <span className="inline-block h-5 w-1.5 rounded-full bg-brand-600" aria-hidden="true" />
              {dict.products.heading}
            </h2>
            <p className="mt-1 text-sm text-earth-600">{dict.products.subheading}</p>
          </div>
        </div>
        {products ? (
          <>
            <ProductGrid products={products} locale={locale} />
            <p className="mt-6 text-center">
              <Link
                href={localizedHref(locale, "/products")}
                className="inline-block rounded-full px-6 py-3 text-sm font-semibold text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50"
              >
                {dict.home.browseAll}
              </Link>
            </p>
          </>
        ) : (
          <ServiceUnavailable title={dict.products.unavailableTitle} body={dict.products.unavailableBody}>
            <a
              href={localizedHref(locale)}
              className="rounded-full bg-brand-600 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-700"
            >
              {dict.products.retry}
            </a>
          </ServiceUnavailable>
        )}
      </section>
      <CountyShowcase locale={locale} />
      <ImpactCounters impact={impact} locale={locale} />
      <div className="pb-10 sm:pb-14" />
    </>
  )
}
