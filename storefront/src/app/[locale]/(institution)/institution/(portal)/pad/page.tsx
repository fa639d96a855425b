import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { findPadVariants, getDashboard, getOrderLines, listCanteens } from "@/lib/data/institution"
import { getDictionary } from "@/lib/i18n"
import { PageHeading } from "@/modules/common/components/page-heading"
import { OrderPad, type ReorderLines } from "@/modules/institution/components/order-pad"
import { hasRole, requireMember } from "@/modules/institution/lib/guard"
import { isSellable } from "@/modules/institution/lib/pad"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getDictionary(locale).institution.padTitle, robots: { index: false } }
}

/** 再来一单: an earlier order's lines as the pad sees them today (each SKU re-read: price, stock, certification). */
async function reorderOf(orderId: string | undefined): Promise<ReorderLines | null> {
  if (!orderId || !/^[\w-]{1,100}$/.test(orderId)) return null
  const order = await getOrderLines(orderId)
  if (!order) return null
  const skus = [...new Set(order.lines.map((l) => l.sku).filter((s): s is string => !!s))]
  const { variants } = skus.length ? await findPadVariants({ sku: skus.join(",") }) : { variants: [] }
  const items: ReorderLines["items"] = []
  const missing: string[] = []
  for (const line of order.lines) {
    const variant = variants.find((v) => v.sku === line.sku)
    if (variant && isSellable(variant)) items.push({ item: variant, quantity: line.quantity })
    else missing.push([line.product_title, line.variant_title].filter(Boolean).join(" "))
  }
  return { order_id: order.order_id, display_id: order.display_id, items, missing }
}

export default async function OrderPadPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  if (!isLocale(locale)) notFound()
  const me = await requireMember(locale, "/institution/pad")
  const dict = getDictionary(locale).institution
  const [{ agreements }, { canteens }, reorder] = await Promise.all([
    getDashboard(),
    listCanteens(),
    hasRole(me, "purchaser") ? reorderOf(typeof query.reorder === "string" ? query.reorder : undefined) : null,
  ])
  return (
    <div>
      <PageHeading sub={dict.padIntro}>{dict.padTitle}</PageHeading>
      <OrderPad
        locale={locale}
        memberId={me.member.id}
        canSubmit={hasRole(me, "purchaser")}
        threshold={me.institution.approval_threshold}
        canteens={canteens}
        reorder={reorder}
        agreements={agreements.map(({ id, county_handle, county_name, amount }) => ({ id, county_handle, county_name, amount }))}
      />
    </div>
  )
}
