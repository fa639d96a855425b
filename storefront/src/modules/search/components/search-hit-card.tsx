import Link from "next/link"
import { countyByHandle, isCertificateValidOn, type Locale, type SearchHit } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import { productHref } from "@/lib/i18n/paths"
import { formatLowestPrice } from "@/lib/util/lowest-price"
import { countyShortName, resolveImageUrl } from "@/lib/util/product"
import { ShieldIcon } from "@/modules/certification/components/certificate-badge"
import { PinIcon } from "@/modules/common/components/pin-icon"
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
    <article className="group relative flex h-full flex-col overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-earth-100 transition hover:-translate-y-0.5 hover:shadow-md has-[a:focus-visible]:ring-3 has-[a:focus-visible]:ring-gold-500">
      <div className="relative aspect-square overflow-hidden bg-earth-50">
        <img
          src={resolveImageUrl(hit.thumbnail)}
          alt={plainTitle}
          width={400}
          height={400}
          loading={eager ? "eager" : "lazy"}
          decoding="async"
          className="h-full w-full object-cover transition duration-300 group-hover:scale-[1.03]"
        />
        {county ? (
          <span className="absolute left-2 top-2 inline-flex max-w-[calc(100%-1rem)] items-center gap-0.5 rounded-full bg-white/90 px-2 py-0.5 text-xs font-medium text-brand-700 shadow-sm">
            <PinIcon />
            <span className="sr-only">{dict.products.origin}: </span>
            <span className="truncate">{county}</span>
          </span>
        ) : null}
        {certifiedNow(hit, now) ? (
          <span className="absolute bottom-2 left-2 inline-flex items-center gap-0.5 rounded-full bg-emerald-700 px-2 py-0.5 text-xs font-medium text-white shadow-sm">
            <ShieldIcon className="h-3.5 w-3.5" />
            {dict.cert.short}
          </span>
        ) : null}
      </div>
      <div className="flex flex-1 flex-col gap-1.5 p-3 sm:p-4">
        <h3 className="line-clamp-2 text-sm font-medium leading-snug text-earth-900 sm:text-base">
          <Link
            href={productHref(locale, hit.handle)}
            className="after:absolute after:inset-0 after:content-[''] focus-visible:underline focus-visible:outline-none"
          >
            <HighlightedText runs={runs} />
          </Link>
        </h3>
        {hit.supplier?.name ? <p className="line-clamp-1 text-xs text-earth-700">{hit.supplier.name}</p> : null}
        <p className="mt-auto flex flex-wrap items-baseline gap-x-2 text-base font-bold text-brand-600 sm:text-lg">
          {price ?? <span className="text-sm font-normal text-earth-600">{dict.products.noPrice}</span>}
          {!hit.in_stock ? <span className="text-xs font-medium text-earth-700">{dict.search.outOfStock}</span> : null}
        </p>
      </div>
    </article>
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
