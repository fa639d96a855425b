import Link from "next/link"
import { formatCnyLarge, HTML_LANG, type Locale, type StoreImpactResponse } from "@fupin/shared"
import { getDictionary, interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { formatPrice } from "@/lib/util/price"
import { type CatalogueProduct, countyCommonName, SOURCE_COUNTIES } from "@/lib/util/product"
import { CategoryTile } from "@/modules/categories/components/category-tile"
import { SectionHeading } from "@/modules/common/components/page-heading"
import { ProductGrid } from "@/modules/products/components/product-grid"

/** The category groups as a grid of tiles (their first product's picture), each opening the 分类 page on that group. */
export function CategoryGrid({
  groups,
  locale,
}: {
  groups: Array<{ handle: string; name: string; picture: string | null; href: string }>
  locale: Locale
}) {
  if (!groups.length) return null
  const dict = getDictionary(locale).categories
  return (
    <section aria-labelledby="category-grid-title" className="mx-auto max-w-6xl px-4 pt-6 sm:px-6 sm:pt-10">
      <SectionHeading id="category-grid-title" sub={dict.homeSub}>
        {dict.homeHeading}
      </SectionHeading>
      <ul className="grid grid-cols-4 gap-x-2 gap-y-4 rounded-2xl bg-white p-3 shadow-sm ring-1 ring-earth-100 sm:gap-4 sm:p-5 lg:grid-cols-8" data-testid="home-category-grid">
        {groups.map((g) => (
          <li key={g.handle}>
            <CategoryTile href={g.href} name={g.name} picture={g.picture} shape="group" />
          </li>
        ))}
      </ul>
    </section>
  )
}

/** National rural specialty products (metadata.featured), e.g. 东川面条, 寻甸牛干巴. */
export function FeaturedProducts({ products, locale }: { products: CatalogueProduct[]; locale: Locale }) {
  if (!products.length) return null
  const dict = getDictionary(locale).home
  return (
    <section aria-labelledby="featured-title" className="mx-auto max-w-6xl px-4 pt-8 sm:px-6 sm:pt-12">
      <SectionHeading id="featured-title" sub={dict.featuredSub}>
        {dict.featuredHeading}
      </SectionHeading>
      <ProductGrid products={products} locale={locale} />
    </section>
  )
}

const COUNTY_IMAGES: Record<string, string> = {
  dongchuan: "/images/products/noodles.svg",
  xundian: "/images/products/beef.svg",
  luquan: "/images/products/buckwheat.svg",
  jinning: "/images/products/flowers.svg",
}

/** The three delisted counties, and the one-county-one-industry showcases (晋宁 flowers, 寻甸 beef cattle). */
export function CountyShowcase({ locale }: { locale: Locale }) {
  const dict = getDictionary(locale).home
  const showcases = [
    { handle: "jinning", title: dict.showcaseJinning, body: dict.showcaseJinningBody, county: locale === "zh" ? "晋宁" : "Jinning" },
    { handle: "xundian", title: dict.showcaseXundian, body: dict.showcaseXundianBody, county: locale === "zh" ? "寻甸" : "Xundian" },
  ]
  return (
    <section aria-labelledby="counties-title" className="mx-auto max-w-6xl px-4 pt-10 sm:px-6 sm:pt-14">
      <SectionHeading id="counties-title" sub={dict.countiesSub}>
        {dict.countiesHeading}
      </SectionHeading>
      <ul className="grid gap-3 sm:grid-cols-3">
        {SOURCE_COUNTIES.map((county) => (
          <li key={county.handle}>
            <Link
              href={localizedHref(locale, `/counties/${county.handle}`)}
              className="flex items-center gap-3 rounded-xl bg-white p-3 shadow-sm ring-1 ring-earth-100 hover:ring-brand-300"
            >
              <img src={COUNTY_IMAGES[county.handle]} alt="" width={64} height={64} loading="lazy" className="h-16 w-16 rounded-lg" />
              <span>
                <span className="block font-bold text-earth-900">{countyCommonName(county, locale)}</span>
                <span className="block text-xs text-earth-600">{locale === "zh" ? county.name_zh : county.name_en}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>

      <h3 className="mt-8 text-lg font-bold text-earth-900">{dict.showcaseHeading}</h3>
      <ul className="mt-3 grid gap-3 md:grid-cols-2">
        {showcases.map((s) => (
          <li key={s.handle} className="flex gap-4 rounded-2xl bg-earth-900 p-4 text-earth-100">
            <img src={COUNTY_IMAGES[s.handle]} alt="" width={96} height={96} loading="lazy" className="h-24 w-24 shrink-0 rounded-xl" />
            <div>
              <p className="font-bold text-gold-300">{s.title}</p>
              <p className="mt-1 text-sm leading-relaxed">{s.body}</p>
              <Link href={localizedHref(locale, `/counties/${s.handle}`)} className="mt-2 inline-block text-sm font-semibold text-white underline underline-offset-4">
                {interpolate(dict.showcaseLink, { county: s.county })}
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Live counters from /store/impact beside the labelled 2020 baseline. */
export function ImpactCounters({ impact, locale }: { impact: StoreImpactResponse | null; locale: Locale }) {
  const dict = getDictionary(locale).home
  const lang = HTML_LANG[locale]
  const number = (n: number) => n.toLocaleString(lang)
  return (
    <section aria-labelledby="impact-title" className="mx-auto max-w-6xl px-4 pt-10 sm:px-6 sm:pt-14">
      <SectionHeading id="impact-title">{dict.impactHeading}</SectionHeading>
      {impact ? (
        <div className="grid gap-4 md:grid-cols-2">
          <div className="rounded-2xl bg-white p-4 ring-1 ring-earth-100 sm:p-5">
            <h3 className="text-sm font-semibold text-emerald-800">{dict.impactLive}</h3>
            <dl className="mt-3 grid grid-cols-3 gap-3" data-testid="impact-live">
              <div>
                <dt className="text-xs text-earth-600">{dict.impactLiveOrders}</dt>
                <dd className="text-2xl font-bold text-earth-900">{number(impact.live.totals.orders)}</dd>
              </div>
              <div>
                <dt className="text-xs text-earth-600">{dict.impactLiveAmount}</dt>
                <dd className="text-2xl font-bold text-earth-900">{formatPrice(impact.live.totals.amount, locale)}</dd>
              </div>
              <div>
                <dt className="text-xs text-earth-600">{dict.impactLiveHouseholds}</dt>
                <dd className="text-2xl font-bold text-earth-900">{number(impact.live.totals.households)}</dd>
              </div>
            </dl>
          </div>
          <div className="rounded-2xl bg-earth-50 p-4 ring-1 ring-earth-200 sm:p-5">
            <h3 className="text-sm font-semibold text-earth-700">{dict.impactBaseline}</h3>
            <dl className="mt-3 grid grid-cols-2 gap-3">
              <div>
                <dt className="text-xs text-earth-600">{dict.impactBaselineHouseholds}</dt>
                <dd className="text-xl font-bold text-earth-900">{interpolate(dict.households, { count: number(impact.baseline.households_driven) })}</dd>
              </div>
              <div>
                <dt className="text-xs text-earth-600">{dict.impactBaselineProducts}</dt>
                <dd className="text-xl font-bold text-earth-900">{number(impact.baseline.certified_products)}</dd>
              </div>
              <div>
                <dt className="text-xs text-earth-600">{dict.impactBaselineStations}</dt>
                <dd className="text-xl font-bold text-earth-900">{number(impact.baseline.service_stations)}</dd>
              </div>
              <div>
                <dt className="text-xs text-earth-600">{dict.impactBaselineSales}</dt>
                <dd className="text-xl font-bold text-earth-900">{formatCnyLarge(impact.baseline.ecommerce_sales_cny, lang)}</dd>
              </div>
            </dl>
            <p className="mt-3 text-xs text-earth-600">
              {interpolate(dict.impactSource, { source: locale === "zh" ? impact.baseline.source_zh : impact.baseline.source_en })}
            </p>
          </div>
        </div>
      ) : (
        <p className="rounded-xl bg-white p-4 text-sm text-earth-700 ring-1 ring-earth-100">{dict.impactUnavailable}</p>
      )}
    </section>
  )
}
