import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { renderOnFirstVisit } from "@/lib/static-pages"
import { paramsOfListSegment } from "@/modules/browse/lib/list-path"
import { categoryMetadata, CategoryList } from "@/modules/browse/templates/category-list"

// static per order and page: proxy.ts rewrites /categories/<handle>?sort=…&page=… here (modules/browse/lib/list-path.ts)
export const generateStaticParams = renderOnFirstVisit
export const revalidate = 300

type Props = { params: Promise<{ locale: string; handle: string; query: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  return isLocale(locale) ? categoryMetadata(locale, handle) : {}
}

/** A category's products in the order and on the page that the segment carries. */
export default async function SortedCategoryPage({ params }: Props) {
  const { locale, handle, query } = await params
  const filters = paramsOfListSegment("category", query)
  if (!isLocale(locale) || !filters) notFound()
  return <CategoryList locale={locale} handle={handle} params={filters} />
}
