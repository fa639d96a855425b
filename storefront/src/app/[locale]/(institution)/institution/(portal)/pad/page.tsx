import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { findPadVariants, getDashboard, getOrderLines, listCanteens } from "@/lib/data/institution"
import { getInstitutionList, listInstitutionLists } from "@/lib/data/institution-lists"
import { getDictionary } from "@/lib/i18n"
import { PageHeading } from "@/modules/common/components/page-heading"
import { OrderPad, type ReorderLines } from "@/modules/institution/components/order-pad"
import { hasRole, requireMember } from "@/modules/institution/lib/guard"
import { padLinesToday } from "@/modules/institution/lib/pad"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { ORDER_PAD_STRINGS } from "@/modules/institution/components/order-pad.strings"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getDictionary(locale).institution.padTitle, robots: { index: false } }
}

const PLAUSIBLE_ID = /^[\w-]{1,100}$/

/** Lines (SKU, quantity, title) as the pad sees them today: each SKU re-read (price, stock, certification). */
async function asPadSeesThem(lines: Array<{ sku: string | null; quantity: number; title: string }>) {
  const skus = [...new Set(lines.map((l) => l.sku).filter((s): s is string => !!s))]
  const { variants } = skus.length ? await findPadVariants({ sku: skus.join(",") }) : { variants: [] }
  return padLinesToday(lines, variants)
}

/** 再来一单: an earlier order's lines as the pad sees them today. */
async function reorderOf(orderId: string | undefined): Promise<ReorderLines | null> {
  if (!orderId || !PLAUSIBLE_ID.test(orderId)) return null
  const order = await getOrderLines(orderId)
  if (!order) return null
  const lines = order.lines.map((l) => ({ sku: l.sku, quantity: l.quantity, title: [l.product_title, l.variant_title].filter(Boolean).join(" ") }))
  return { order_id: order.order_id, display_id: order.display_id, ...(await asPadSeesThem(lines)) }
}

/** 用此清单下单: a 常用清单's lines as the pad sees them today. */
async function fromListOf(listId: string | undefined): Promise<ReorderLines | null> {
  if (!listId || !PLAUSIBLE_ID.test(listId)) return null
  const list = await getInstitutionList(listId)
  if (!list) return null
  return { order_id: "", display_id: null, list_name: list.name, ...(await asPadSeesThem(list.lines)) }
}

export default async function OrderPadPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  if (!isLocale(locale)) notFound()
  const me = await requireMember(locale, "/institution/pad")
  const dict = getDictionary(locale).institution
  const purchaser = hasRole(me, "purchaser")
  const param = (key: string) => (typeof query[key] === "string" ? (query[key] as string) : undefined)
  const [{ agreements, my_budget }, { canteens }, reorder, lists] = await Promise.all([
    getDashboard(),
    listCanteens(),
    purchaser ? (param("list") ? fromListOf(param("list")) : reorderOf(param("reorder"))) : null,
    purchaser ? listInstitutionLists() : [],
  ])
  return (
    <div>
      <PageHeading sub={dict.padIntro}>{dict.padTitle}</PageHeading>
      <ClientStrings locale={locale} pick={ORDER_PAD_STRINGS}>
        <OrderPad
          locale={locale}
          memberId={me.member.id}
          canSubmit={hasRole(me, "purchaser")}
          threshold={me.institution.approval_threshold}
          canteens={canteens}
          reorder={reorder}
          budget={my_budget}
          lists={lists.map(({ id, name }) => ({ id, name }))}
          agreements={agreements.map(({ id, county_handle, county_name, amount }) => ({ id, county_handle, county_name, amount }))}
        />
      </ClientStrings>
    </div>
  )
}
