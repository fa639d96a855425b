import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { onboardingDictionary } from "../i18n"
import { InviteLanding } from "../components/invite-landing"

type Kind = "activation" | "invite"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/**
 * The two pages opened from an onboarding e-mail (`/institution/activate?token=…`,
 * `/institution/invite?token=…`), outside the members-only portal: the visitor
 * is not a member yet. Both routes are this page with their kind.
 */
export function inviteLandingRoute(kind: Kind) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { locale } = await params
    if (!isLocale(locale)) return {}
    const dict = onboardingDictionary(locale)
    // the token is in the URL: keep it out of search engines and referrers
    return { title: kind === "activation" ? dict.activateTitle : dict.inviteTitle, robots: { index: false }, referrer: "no-referrer" }
  }

  async function Page({ params, searchParams }: Props) {
    const { locale } = await params
    if (!isLocale(locale)) notFound()
    const { token } = await searchParams
    return <InviteLanding locale={locale} token={typeof token === "string" ? token : ""} kind={kind} />
  }

  return { generateMetadata, Page }
}
