import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { renderOnFirstVisit } from "@/lib/static-pages"
import { paramsOfListSegment } from "@/modules/browse/lib/list-path"
import { browseMetadata, CatalogueList } from "@/modules/browse/templates/catalogue-list"

// static per filter combination: proxy.ts rewrites /products?county=…&sort=… here (modules/browse/lib/list-path.ts)
export const generateStaticParams = renderOnFirstVisit
export const revalidate = 300

type Props = { params: Promise<{ locale: string; query: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? browseMetadata(locale) : {}
}

/** The catalogue under the filters, order and page that the segment carries. */
export default async function FilteredBrowsePage({ params }: Props) {
  const { locale, query } = await params
  const filters = paramsOfListSegment("products", query)
  if (!isLocale(locale) || !filters) notFound()
  return <CatalogueList locale={locale} filters={filters} />
}
