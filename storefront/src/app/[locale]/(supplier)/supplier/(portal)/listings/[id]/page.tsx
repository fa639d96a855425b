import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getPortalProduct, portalReadOnly } from "@/lib/data/supplier-portal"
import { decodeSegment } from "@/lib/i18n/paths"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { ListingDetail } from "@/modules/supplier-portal/templates/listing-detail"

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getPortalDictionary(locale).listings.editTitle } : {}
}

/** One of the supplier's own listings; another supplier's product id is a 404. */
export default async function ListingPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const [answer, readOnly, query] = await Promise.all([getPortalProduct(decodeSegment(id)), portalReadOnly(), searchParams])
  if (!answer) notFound()
  return <ListingDetail locale={locale} answer={answer} readOnly={readOnly} created={query.created === "1"} />
}
