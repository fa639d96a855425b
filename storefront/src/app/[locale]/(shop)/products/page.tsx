import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { renderOnFirstVisit } from "@/lib/static-pages"
import { listParams } from "@/modules/browse/lib/list-path"
import { browseMetadata, CatalogueList } from "@/modules/browse/templates/catalogue-list"

// static: rendered on the first visit, cached until its reads' tags are revalidated (lib/static-pages.ts);
// a filtered, sorted or later page is rewritten by proxy.ts to ./list/[query], cached the same way
export const generateStaticParams = renderOnFirstVisit
export const revalidate = 300

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return browseMetadata(locale)
}

/** The whole catalogue, newest first: the list with nothing chosen. */
export default async function BrowsePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <CatalogueList locale={locale} filters={listParams("products", {})} />
}
