import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { renderOnFirstVisit } from "@/lib/static-pages"
import { listParams } from "@/modules/browse/lib/list-path"
import { categoryMetadata, CategoryList } from "@/modules/browse/templates/category-list"

// static: rendered on the first visit, cached until its reads' tags are revalidated (lib/static-pages.ts);
// another order or page is rewritten by proxy.ts to ./list/[query], cached the same way
export const generateStaticParams = renderOnFirstVisit
export const revalidate = 300

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  return isLocale(locale) ? categoryMetadata(locale, handle) : {}
}

/** A category's products, newest first, page 1. */
export default async function CategoryPage({ params }: Props) {
  const { locale, handle } = await params
  if (!isLocale(locale)) notFound()
  return <CategoryList locale={locale} handle={handle} params={listParams("category", {})} />
}
