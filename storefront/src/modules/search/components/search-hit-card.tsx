import { countyByHandle, isCertificateValidOn, type Locale, type SearchHit } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import { productHref } from "@/lib/i18n/paths"
import { formatLowestPrice } from "@/lib/util/lowest-price"
import { countyShortName, resolveImageUrl } from "@/lib/util/product"
import { NoPrice, ProductTile } from "@/modules/products/components/product-tile"
import { highlightRuns } from "../lib/highlight"
import { HighlightedText } from "./highlighted-text"

/**
 * Certified and within its dates now (the shared rule; the index holds sellable products only, but
 * dates move on). A hit carries no issue date: only certificates already issued are ever indexed.
 */
function certifiedNow(hit: SearchHit, now: Date): boolean {
  return !!hit.certificate && isCertificateValidOn({ ...hit.certificate, issued_at: new Date(0) }, now)
}

/** One search result: the product card, with the words that matched marked in the title. */
export function SearchHitCard({ hit, locale, eager = false, now = new Date() }: { hit: SearchHit; locale: Locale; eager?: boolean; now?: Date }) {
  const dict = getDictionary(locale)
  const english = locale === "en" && !!hit.title_en
  const runs = english ? highlightRuns(hit.title_en ?? "", hit.highlight.title_en) : highlightRuns(hit.title, hit.highlight.title)
  const plainTitle = english ? (hit.title_en ?? hit.title) : hit.title
  // the short form on the card ("寻甸" / "Xundian"), as the catalogue's cards show it
  const known = hit.county ? countyByHandle(hit.county.handle) : undefined
  const county = known ? countyShortName(known, locale) : hit.county ? (locale === "zh" ? hit.county.name_zh : hit.county.name_en) : null
  const price =
    hit.price.min !== null ? formatLowestPrice({ min: hit.price.min, max: hit.price.max ?? hit.price.min }, locale) : null

  return (
    <ProductTile
      locale={locale}
      href={productHref(locale, hit.handle)}
      image={resolveImageUrl(hit.thumbnail)}
      alt={plainTitle}
      eager={eager}
      county={county}
      certified={certifiedNow(hit, now)}
      title={<HighlightedText runs={runs} />}
      details={hit.supplier?.name ? <p className="line-clamp-1 text-xs text-earth-700">{hit.supplier.name}</p> : null}
      price={
        <>
          {price ?? <NoPrice locale={locale} />}
          {!hit.in_stock ? <span className="text-xs font-medium text-earth-700">{dict.search.outOfStock}</span> : null}
        </>
      }
    />
  )
}

export function SearchHitGrid({ hits, locale }: { hits: SearchHit[]; locale: Locale }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:gap-5 md:grid-cols-3">
      {hits.map((hit, index) => (
        <li key={hit.id}>
          <SearchHitCard hit={hit} locale={locale} eager={index < 3} />
        </li>
      ))}
    </ul>
  )
}
