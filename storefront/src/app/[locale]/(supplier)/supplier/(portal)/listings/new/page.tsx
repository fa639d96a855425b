import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getCategoryTree } from "@/lib/data/products"
import { portalReadOnly } from "@/lib/data/supplier-portal"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { categoryName } from "@/lib/util/product"
import { ListingForm } from "@/modules/supplier-portal/components/listing-form"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { LISTING_FORM_STRINGS } from "@/modules/supplier-portal/components/listing-form.strings"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getPortalDictionary(locale).listings.newTitle } : {}
}

export default async function NewListingPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [tree, readOnly] = await Promise.all([getCategoryTree(), portalReadOnly()])
  const dict = getPortalDictionary(locale).listings
  return (
    <div className="space-y-3">
      <p className="text-base text-earth-700">{dict.newIntro}</p>
      <ClientStrings locale={locale} pick={LISTING_FORM_STRINGS}>
        <ListingForm
          locale={locale}
          product={null}
          readOnly={readOnly}
          categories={tree.map((g) => ({
            name: categoryName(g, locale),
            kinds: (g.children.length ? g.children : [g]).map((c) => ({ handle: c.handle, name: categoryName(c, locale) })),
          }))}
        />
      </ClientStrings>
    </div>
  )
}
