import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getDashboard, listCanteens } from "@/lib/data/institution"
import { getDictionary } from "@/lib/i18n"
import { PageHeading } from "@/modules/common/components/page-heading"
import { OrderPad } from "@/modules/institution/components/order-pad"
import { hasRole, requireMember } from "@/modules/institution/lib/guard"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getDictionary(locale).institution.padTitle, robots: { index: false } }
}

export default async function OrderPadPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const me = await requireMember(locale, "/institution/pad")
  const dict = getDictionary(locale).institution
  const [{ agreements }, { canteens }] = await Promise.all([getDashboard(), listCanteens()])
  return (
    <div>
      <PageHeading sub={dict.padIntro}>{dict.padTitle}</PageHeading>
      <OrderPad
        locale={locale}
        memberId={me.member.id}
        canSubmit={hasRole(me, "purchaser")}
        threshold={me.institution.approval_threshold}
        canteens={canteens}
        agreements={agreements.map(({ id, county_handle, county_name, amount }) => ({ id, county_handle, county_name, amount }))}
      />
    </div>
  )
}
