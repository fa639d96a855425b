import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getCategoryTree, listShelves } from "@/lib/data/products"
import { getDictionary } from "@/lib/i18n"
import { languageAlternates, localizedHref } from "@/lib/i18n/paths"
import { CategoryBrowser } from "@/modules/categories/components/category-browser"
import { browserGroups } from "@/modules/categories/lib/browser-groups"
import { PageHeading } from "@/modules/common/components/page-heading"
import { renderOnFirstVisit } from "@/lib/static-pages"

// static: rendered on the first visit, cached until its reads' tags are revalidated (lib/static-pages.ts)
export const generateStaticParams = renderOnFirstVisit
export const revalidate = 300

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return {
    title: getDictionary(locale).categories.title,
    alternates: { canonical: localizedHref(locale, "/categories"), languages: languageAlternates("/categories") },
  }
}

/** 分类: the category tree, groups on the left and the chosen group's kinds on the right. The same for every shopper. */
export default async function CategoriesPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const dict = getDictionary(locale).categories
  const [tree, shelves] = await Promise.all([getCategoryTree(), listShelves()])
  return (
    <div className="mx-auto max-w-6xl px-3 py-5 sm:px-6 sm:py-10">
      <PageHeading>{dict.heading}</PageHeading>
      <CategoryBrowser groups={browserGroups(tree, shelves, locale)} groupsLabel={dict.groups} />
    </div>
  )
}
