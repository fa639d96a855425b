import Link from "next/link"
import type { ReactNode } from "react"
import type { Locale } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import { ShieldIcon } from "@/modules/certification/components/certificate-badge"
import { PinIcon } from "@/modules/common/components/pin-icon"

/**
 * One product in a grid (the catalogue's lists and the search results): its picture with the county
 * and the certified mark on it, the title as the card's one link, and what goes under it. A list
 * repeats it up to 48 times, and each copy is sent twice (the HTML and React's payload for the same
 * tree), so its styles are one class per element (`.product-tile…` in globals.css), not utility strings.
 */
export function ProductTile({
  locale,
  href,
  image,
  alt,
  eager,
  county,
  certified,
  title,
  details,
  price,
}: {
  locale: Locale
  href: string
  image: string
  alt: string
  /** above the fold: load the picture eagerly */
  eager: boolean
  /** the county's short name ("寻甸" / "Xundian"), when known */
  county: string | null
  certified: boolean
  title: ReactNode
  /** a line under the title (the supplier of a search hit) */
  details?: ReactNode
  /** the price line: the price, and what else belongs beside it */
  price: ReactNode
}) {
  const dict = getDictionary(locale)
  return (
    <article className="product-tile">
      <div className="product-tile-media">
        <img src={image} alt={alt} width={400} height={400} loading={eager ? "eager" : "lazy"} decoding="async" />
        {county ? (
          <span className="product-tile-tag product-tile-origin">
            <PinIcon />
            <span className="sr-only">{dict.products.origin}: </span>
            <span className="truncate">{county}</span>
          </span>
        ) : null}
        {certified ? (
          <span className="product-tile-tag product-tile-cert">
            <ShieldIcon className="h-3.5 w-3.5" />
            {dict.cert.short}
          </span>
        ) : null}
      </div>
      <div className="product-tile-body">
        <h3 className="product-tile-title">
          <Link href={href}>
            <>{title}</>
          </Link>
        </h3>
        {details}
        <p className="product-tile-price">{price}</p>
      </div>
    </article>
  )
}

/** The price line's words when a product has no price in this region. */
export function NoPrice({ locale }: { locale: Locale }) {
  return <span className="text-sm font-normal text-earth-600">{getDictionary(locale).products.noPrice}</span>
}
