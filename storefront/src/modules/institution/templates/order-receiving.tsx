import type { Locale, StoreListInstitutionShipmentsResponse } from "@fupin/shared"
import { getDictionary, interpolate } from "@/lib/i18n"
import { formatPrice } from "@/lib/util/price"
import { card } from "@/modules/common/components/field"
import { ReceiptForm } from "../components/receipt-form"
import { formatDate, personName } from "../lib/format"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { RECEIPT_FORM_STRINGS } from "@/modules/institution/components/receipt-form.strings"

/**
 * 验收 on the order page: each supplier's shipment with its lot and carrier; a
 * purchaser confirms what arrived (others see when it will be accepted
 * automatically), and a confirmed shipment shows what was accepted and deducted.
 */
export function OrderReceiving({
  orderId,
  data,
  canConfirm,
  locale,
}: {
  orderId: string
  data: StoreListInstitutionShipmentsResponse
  canConfirm: boolean
  locale: Locale
}) {
  const dict = getDictionary(locale).institution
  return (
    <section className={card + " mt-4"} aria-labelledby="receiving-title" data-testid="order-receiving">
      <h2 id="receiving-title" className="text-lg font-bold text-earth-900">
        {dict.receivingTitle}
      </h2>
      <p className="mt-1 text-sm text-earth-700">{interpolate(dict.receivingIntro, { days: String(data.auto_accept_days) })}</p>
      {data.shipments.length ? (
        <ul className="mt-3 space-y-4">
          {data.shipments.map((s) => (
            <li key={s.fulfillment_id} className="rounded-xl bg-earth-50 p-3 sm:p-4" data-testid="shipment">
              <h3 className="font-semibold text-earth-900">{interpolate(dict.shipmentFrom, { supplier: s.supplier_name })}</h3>
              <p className="text-sm text-earth-700">
                {[
                  s.lot_number ? interpolate(dict.shipmentLot, { lot: s.lot_number }) : null,
                  s.origin_village ? interpolate(dict.shipmentVillage, { village: s.origin_village }) : null,
                  s.station_id ? dict.shipmentStation : s.tracking_number ? interpolate(dict.shipmentTracking, { carrier: s.carrier ?? "", tracking: s.tracking_number }) : null,
                  s.shipped_at ? interpolate(dict.shippedOn, { date: formatDate(s.shipped_at, locale) }) : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              <a
                href={`/api/institution/orders/${encodeURIComponent(orderId)}/shipments/${encodeURIComponent(s.fulfillment_id)}/delivery-note`}
                className="mt-1 inline-block text-sm font-semibold text-brand-700 underline"
                data-testid="delivery-note-pdf"
              >
                {dict.deliveryNotePdf}
              </a>
              {s.receipt ? (
                <div className="mt-2" data-testid="receipt">
                  <p className="font-semibold text-earth-900">
                    {interpolate(dict.receiptDone, { decision: locale === "en" ? s.receipt.decision_label.en : s.receipt.decision_label.zh })}
                  </p>
                  <p className="text-sm text-earth-700">
                    {s.receipt.auto_accepted
                      ? interpolate(dict.receiptAuto, { date: formatDate(s.receipt.confirmed_at, locale) })
                      : interpolate(dict.receiptBy, { name: personName(s.receipt.confirmed_by), date: formatDate(s.receipt.confirmed_at, locale) })}
                  </p>
                  <ul className="mt-1 text-sm text-earth-800">
                    {s.receipt.lines.map((l) => (
                      <li key={l.line_item_id}>
                        {l.title}：{dict.receiptShipped} {l.shipped_quantity} · {dict.receiptReceived} {l.received_quantity}
                        {l.damaged_quantity ? ` · ${dict.receiptDamaged} ${l.damaged_quantity}` : ""} · {dict.receiptAccepted} {l.accepted_quantity}
                      </li>
                    ))}
                  </ul>
                  {s.receipt.note ? <p className="mt-1 text-sm text-earth-700">{s.receipt.note}</p> : null}
                  {s.receipt.photo_url ? (
                    <a href={s.receipt.photo_url} className="mt-1 inline-block text-sm text-brand-700 underline">
                      {dict.receiptPhoto}
                    </a>
                  ) : null}
                  <p className="mt-1 text-sm font-semibold text-earth-900" data-testid="receipt-deduction">
                    {s.receipt.deduction > 0 ? interpolate(dict.receiptDeduction, { amount: formatPrice(s.receipt.deduction, locale) }) : dict.receiptNoDeduction}
                  </p>
                </div>
              ) : (
                <>
                  {s.auto_accept_at ? <p className="mt-1 text-sm text-earth-700">{interpolate(dict.autoAcceptOn, { date: formatDate(s.auto_accept_at, locale) })}</p> : null}
                  {canConfirm ? (
                    <ClientStrings locale={locale} pick={RECEIPT_FORM_STRINGS}><ReceiptForm orderId={orderId} shipment={s} locale={locale} /></ClientStrings>
                  ) : (
                    <p className="mt-2 text-sm text-earth-700">{dict.receiptNotAllowed}</p>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-earth-700">{dict.receivingNone}</p>
      )}
    </section>
  )
}
