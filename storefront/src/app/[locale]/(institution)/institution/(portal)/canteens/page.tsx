import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { listCanteens } from "@/lib/data/institution"
import { getDictionary } from "@/lib/i18n"
import { PageHeading } from "@/modules/common/components/page-heading"
import { CanteensManager } from "@/modules/institution/components/canteens-manager"
import { hasRole, requireMember } from "@/modules/institution/lib/guard"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { CANTEENS_MANAGER_STRINGS } from "@/modules/institution/components/canteens-manager.strings"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getDictionary(locale).institution.canteensTitle, robots: { index: false } }
}

/** /zh/institution/canteens: the canteens' delivery addresses (收货地址); the admin edits them. */
export default async function CanteensPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const me = await requireMember(locale, "/institution/canteens")
  const dict = getDictionary(locale).institution
  const { canteens } = await listCanteens()
  return (
    <div>
      <PageHeading sub={dict.canteensIntro}>{dict.canteensTitle}</PageHeading>
      <ClientStrings locale={locale} pick={CANTEENS_MANAGER_STRINGS}>
        <CanteensManager canteens={canteens} locale={locale} canEdit={hasRole(me, "admin")} />
      </ClientStrings>
    </div>
  )
}
