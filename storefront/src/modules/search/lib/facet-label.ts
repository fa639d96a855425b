import { countyByHandle, priceBandLabel, SEARCH_PRICE_BANDS, type Locale, type SearchFacets } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import { countyShortName } from "@/lib/util/product"
import type { SearchFacetName } from "./search-url"

/**
 * What a facet value is called on the page (寻甸, 肉制品, ¥20–50): the facet's own label,
 * or, for a value the current results no longer list, one made from what the storefront
 * knows (counties, price bands), and the bare handle as a last resort.
 */
export function facetValueLabel(facets: SearchFacets | null, facet: SearchFacetName, value: string, locale: Locale): string {
  if (facet === "certified") {
    const dict = getDictionary(locale).search
    return value === "true" ? dict.certifiedYes : dict.certifiedNo
  }
  if (facet === "county") {
    const county = countyByHandle(value)
    if (county) return countyShortName(county, locale)
  }
  const listed = facets?.[facet === "price" ? "price_band" : facet].find((v) => v.value === value)
  if (listed) return locale === "zh" ? listed.label_zh : listed.label_en
  if (facet === "price") {
    const band = SEARCH_PRICE_BANDS.find((b) => b.key === value)
    if (band) return priceBandLabel(band, locale)
  }
  return value
}
