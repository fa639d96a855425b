import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import { CheckoutTemplate } from "@/modules/checkout/templates/checkout-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getDictionary(locale).checkout.title, robots: { index: false } }
}

export default async function CheckoutPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const step = (await searchParams).step
  return <CheckoutTemplate locale={locale} requested={typeof step === "string" ? step : null} />
}
