import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { onboardingDictionary } from "@/modules/institution/members/i18n"
import { JoinedPage } from "@/modules/institution/members/templates/joined-page"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: onboardingDictionary(locale).joinedTitle, robots: { index: false } }
}

/** After an activation link or invitation is accepted: the confirmation. */
export default async function Page({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <JoinedPage locale={locale} />
}
