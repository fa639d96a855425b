import Link from "next/link"
import type { Locale } from "@fupin/shared"
import { getDictionary, interpolate } from "@/lib/i18n"
import { LinkPending } from "@/modules/common/components/link-pending"

/** Previous / next links and "page N of M"; hrefFor builds each page's shareable URL. */
export function Pagination({
  page,
  pages,
  hrefFor,
  locale,
}: {
  page: number
  pages: number
  hrefFor: (page: number) => string
  locale: Locale
}) {
  if (pages <= 1) return null
  const dict = getDictionary(locale).browse
  const link = "rounded-full px-4 py-2 text-sm font-semibold ring-1 ring-brand-200 text-brand-700 hover:bg-brand-50"
  const disabled = "rounded-full px-4 py-2 text-sm font-semibold ring-1 ring-earth-100 text-earth-600"
  return (
    <nav aria-label={dict.pagination} className="mt-8 flex items-center justify-center gap-3">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={link}>
          {dict.previous}
          <LinkPending />
        </Link>
      ) : (
        <span className={disabled} aria-disabled="true">
          {dict.previous}
        </span>
      )}
      <span className="text-sm text-earth-700" aria-current="page">
        {interpolate(dict.page, { page: String(page), pages: String(pages) })}
      </span>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} rel="next" className={link}>
          {dict.next}
          <LinkPending />
        </Link>
      ) : (
        <span className={disabled} aria-disabled="true">
          {dict.next}
        </span>
      )}
    </nav>
  )
}
