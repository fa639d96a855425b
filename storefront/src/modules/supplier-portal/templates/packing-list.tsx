import type { Locale, SupplierMeResponse, SupplierOrderDTO } from "@fupin/shared"
import { interpolate } from "@/lib/i18n"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { PrintButton } from "../components/print-button"
import { formatDateTime } from "../lib/format"

/**
 * A packing list for the parcel: the supplier's lines of the order, where it goes, the
 * lot of each shipment. On paper (print CSS): black on white, no portal frame, A4.
 */
export function PackingList({ locale, order, me }: { locale: Locale; order: SupplierOrderDTO; me: SupplierMeResponse }) {
  const dict = getPortalDictionary(locale).packing
  const orders = getPortalDictionary(locale).orders
  const lotOf = (lineId: string) =>
    order.fulfillments
      .filter((f) => f.items.some((i) => i.line_item_id === lineId))
      .map((f) => f.lot_number)
      .join(", ")
  return (
    <article className="space-y-4 rounded-2xl bg-white p-4 text-earth-900 ring-1 ring-earth-100 print:rounded-none print:p-0 print:text-black print:ring-0">
      <style>{"@media print { @page { size: A4; margin: 15mm } body { background: #fff } }"}</style>
      <div className="flex items-start justify-between gap-3">
        <h1 className="text-2xl font-bold">{dict.title}</h1>
        <PrintButton label={dict.print} />
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-base">
        <dt className="text-earth-600 print:text-black">{dict.order}</dt>
        <dd className="font-semibold">
          {interpolate(orders.order, { id: String(order.display_id) })} · {formatDateTime(order.created_at, locale)}
        </dd>
        <dt className="text-earth-600 print:text-black">{dict.supplier}</dt>
        <dd>{me.supplier.legal_name}</dd>
        {order.ship_to ? (
          <>
            <dt className="text-earth-600 print:text-black">{dict.recipient}</dt>
            <dd>
              {order.ship_to.name}
              {order.ship_to.phone ? ` · ${order.ship_to.phone}` : ""}
              <br />
              {order.ship_to.address}
            </dd>
          </>
        ) : null}
      </dl>
      <table className="w-full border-collapse text-left text-base" data-testid="packing-lines">
        <thead>
          <tr className="border-b-2 border-earth-900 print:border-black">
            <th scope="col" className="py-1.5 pr-2">
              {dict.item}
            </th>
            <th scope="col" className="py-1.5 pr-2">
              {dict.spec}
            </th>
            <th scope="col" className="py-1.5 pr-2 text-right">
              {dict.quantity}
            </th>
            <th scope="col" className="py-1.5">
              {dict.lot}
            </th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((l) => (
            <tr key={l.id} className="border-b border-earth-200 print:border-black">
              <td className="py-1.5 pr-2">{l.title}</td>
              <td className="py-1.5 pr-2">{l.variant_title ?? "—"}</td>
              <td className="py-1.5 pr-2 text-right font-semibold">{l.quantity}</td>
              <td className="py-1.5">{lotOf(l.id) || "　"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="pt-8 text-base">{dict.signature}{locale === "zh" ? "：" : ": "}＿＿＿＿＿＿＿＿</p>
    </article>
  )
}
