import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { onboardingDictionary } from "@/modules/institution/members/i18n"
import { InviteLanding } from "@/modules/institution/members/components/invite-landing"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const dict = onboardingDictionary(locale)
  // the token is in the URL: keep it out of search engines and referrers
  return { title: dict.activateTitle, robots: { index: false }, referrer: "no-referrer" }
}

/** Opened from the e-mail: /zh/institution/activate?token=… (outside the members-only portal: the visitor is not a member yet). */
export default async function Page({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { token } = await searchParams
  return <InviteLanding locale={locale} token={typeof token === "string" ? token : ""} kind="activation" />
}
