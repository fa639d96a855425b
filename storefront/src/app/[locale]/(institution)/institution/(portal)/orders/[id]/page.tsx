import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getOrderPayment, listInvoiceRequests, listOrderShipments } from "@/lib/data/institution"
import { errorStatus } from "@/lib/data/errors"
import Link from "next/link"
import { getDictionary } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { buttonSecondary } from "@/modules/common/components/field"
import { InvoiceRequests } from "@/modules/institution/components/invoice-requests"
import { hasRole, requireMember } from "@/modules/institution/lib/guard"
import { OrderSaveList } from "@/modules/institution/lists/components/order-save-list"
import { InstitutionOrderPayment } from "@/modules/institution/templates/order-payment"
import { OrderReceiving } from "@/modules/institution/templates/order-receiving"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { INVOICE_REQUESTS_STRINGS } from "@/modules/institution/components/invoice-requests.strings"
import { ORDER_SAVE_LIST_STRINGS } from "@/modules/institution/lists/components/order-save-list.strings"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getDictionary(locale).institution.orderDetails, robots: { index: false } }
}

export default async function InstitutionOrderPage({ params }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const me = await requireMember(locale, `/institution/orders/${id}`)
  let payment, shipments, invoices
  try {
    ;[payment, shipments, invoices] = await Promise.all([getOrderPayment(id), listOrderShipments(id), listInvoiceRequests(id)])
  } catch (error) {
    // another institution's order answers 404, like one that does not exist
    if (errorStatus(error) === 404) notFound()
    throw error
  }
  const dict = getDictionary(locale).institution
  return (
    <>
      <InstitutionOrderPayment payment={payment} locale={locale} />
      <div className="mt-4 flex flex-wrap items-end gap-4">
        {hasRole(me, "purchaser") ? (
          // a canteen orders the same things week after week: the pad, filled with this order's lines
          <Link href={`${localizedHref(locale, "/institution/pad")}?reorder=${encodeURIComponent(id)}`} className={buttonSecondary + " inline-flex min-h-11 items-center"}>
            {dict.reorder}
          </Link>
        ) : null}
        {hasRole(me, "purchaser") || hasRole(me, "admin") ? (
          // or keep them as a 常用清单
          <ClientStrings locale={locale} pick={ORDER_SAVE_LIST_STRINGS}>
            <OrderSaveList locale={locale} orderId={id} suggested={`${locale === "zh" ? "订单" : "Order"} #${payment.display_id ?? ""}`.trim()} />
          </ClientStrings>
        ) : null}
      </div>
      <OrderReceiving orderId={id} data={shipments} canConfirm={hasRole(me, "purchaser")} locale={locale} />
      <ClientStrings locale={locale} pick={INVOICE_REQUESTS_STRINGS}>
        <InvoiceRequests orderId={id} requests={invoices} suppliers={new Set(shipments.shipments.map((s) => s.supplier_id)).size} locale={locale} />
      </ClientStrings>
    </>
  )
}
