import { SHOPPER_ORDER_TAB_LABELS, shopperOrderTab, type Locale, KUNMING_TIME_ZONE } from "@fupin/shared"
import type { HttpTypes } from "@medusajs/types"
import { getOrderPickup } from "@/lib/data/customer"
import { listProductsByHandles } from "@/lib/data/products"
import { getDictionary, interpolate } from "@/lib/i18n"
import { formatCnAddress } from "@/lib/util/address"
import { pickupStationOf } from "@/lib/util/pickup-station"
import { formatPrice } from "@/lib/util/price"
import { productTitle, resolveImageUrl } from "@/lib/util/product"
import { SupplierShipments } from "./supplier-shipments"


function label(map: Record<string, string>, status: string | null | undefined): string {
  return (status && map[status]) || status?.replace(/_/g, " ") || "—"
}

function formatDate(iso: string | Date | null | undefined, locale: Locale) {
  if (!iso) return "—"
  return new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: KUNMING_TIME_ZONE,
  }).format(new Date(iso))
}

/** An order's status, items, delivery and totals (confirmation page and account order detail). */
export async function OrderDetails({ order, locale }: { order: HttpTypes.StoreOrder; locale: Locale }) {
  const dict = getDictionary(locale)
  // Store orders carry the Chinese title only; the order's products have the English one.
  const catalogue =
    locale === "zh" ? [] : await listProductsByHandles((order.items ?? []).map((i) => i.product_handle ?? "")).catch(() => [])
  const titleOf = (item: HttpTypes.StoreOrderLineItem) => {
    const product = catalogue.find((p) => p.handle === item.product_handle)
    return product ? productTitle(product, locale) : (item.product_title ?? item.title)
  }
  const pickup = pickupStationOf(order.shipping_address?.metadata)
  // 取货码 and the station's phone come from the backend (the code is derived there, never stored)
  const pickupCode = pickup ? await getOrderPickup(order.id) : null
  const method = order.shipping_methods?.[0]
  return (
    <div className="space-y-5">
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-earth-600">{dict.order.status}</dt>
          <dd className="font-semibold text-earth-900" data-testid="order-status">
            {/* where the order stands for the shopper (待发货, 待收货…), not Medusa's "pending" */}
            {SHOPPER_ORDER_TAB_LABELS[shopperOrderTab(order)][locale]}
          </dd>
        </div>
        <div>
          <dt className="text-earth-600">{dict.order.placedAt}</dt>
          <dd className="font-semibold text-earth-900">{formatDate(order.created_at, locale)}</dd>
        </div>
        <div>
          <dt className="text-earth-600">{dict.order.payment}</dt>
          <dd className="font-semibold text-earth-900">{label(dict.order.paymentStatuses, order.payment_status)}</dd>
        </div>
        <div>
          <dt className="text-earth-600">{dict.order.fulfillment}</dt>
          <dd className="font-semibold text-earth-900">{label(dict.order.fulfillmentStatuses, order.fulfillment_status)}</dd>
        </div>
      </dl>

      <ul className="divide-y divide-earth-100 rounded-xl ring-1 ring-earth-100">
        {(order.items ?? []).map((item) => (
          <li key={item.id} className="flex items-center gap-3 p-3">
            <img src={resolveImageUrl(item.thumbnail)} alt="" width={56} height={56} loading="lazy" className="h-14 w-14 rounded-lg bg-earth-50" />
            <div className="min-w-0 flex-1 text-sm">
              <p className="font-medium text-earth-900">
                {titleOf(item)}
              </p>
              <p className="text-earth-600">
                {item.variant_title} × {item.quantity}
              </p>
            </div>
            <p className="font-semibold text-earth-900">{formatPrice(item.subtotal ?? item.unit_price * item.quantity, locale)}</p>
          </li>
        ))}
      </ul>

      <SupplierShipments order={order} locale={locale} />

      <div className="grid gap-4 sm:grid-cols-2">
        <div className="rounded-xl bg-earth-50 p-4 text-sm">
          <h3 className="font-semibold text-earth-900">{pickup ? dict.checkout.pickupAt : dict.checkout.deliverTo}</h3>
          {pickup ? (
            <>
              <p className="mt-1 text-earth-800">
                {pickup.name}
                <br />
                {pickup.address} · {interpolate(dict.checkout.openingHours, { hours: pickup.opening_hours })}
                {pickupCode?.station.phone ? (
                  <>
                    <br />
                    {dict.order.stationPhone}: <a href={`tel:${pickupCode.station.phone}`} className="underline">{pickupCode.station.phone}</a>
                  </>
                ) : null}
              </p>
              {pickupCode ? (
                <div className="mt-3 rounded-lg bg-white p-3 ring-1 ring-earth-200" data-testid="pickup-code">
                  <p className="text-earth-700">{dict.order.pickupCode}</p>
                  <p className="font-mono text-3xl font-bold tracking-[0.3em] text-earth-900" data-testid="pickup-code-value">
                    {pickupCode.code}
                  </p>
                  <p className="mt-1 text-earth-700">
                    {pickupCode.handed_over_at
                      ? interpolate(dict.order.pickedUp, { at: formatDate(pickupCode.handed_over_at, locale) })
                      : dict.order.pickupCodeHint}
                  </p>
                </div>
              ) : null}
            </>
          ) : (
            <p className="mt-1 text-earth-800">
              {order.shipping_address?.last_name}
              {order.shipping_address?.first_name} · {order.shipping_address?.phone}
              <br />
              {formatCnAddress(order.shipping_address)}
            </p>
          )}
          {method && !pickup ? <p className="mt-1 text-earth-600">{dict.checkout.homeDelivery}</p> : null}
        </div>
        <dl className="space-y-1.5 rounded-xl bg-earth-50 p-4 text-sm">
          <div className="flex justify-between">
            <dt>{dict.cart.subtotal}</dt>
            <dd data-testid="order-subtotal">{formatPrice(order.item_subtotal ?? order.subtotal ?? 0, locale)}</dd>
          </div>
          <div className="flex justify-between">
            <dt>{dict.cart.shipping}</dt>
            <dd data-testid="order-shipping">{formatPrice(order.shipping_total ?? 0, locale)}</dd>
          </div>
          <div className="flex justify-between border-t border-earth-200 pt-1.5 text-base font-bold">
            <dt>{dict.cart.total}</dt>
            <dd data-testid="order-total" className="text-brand-600">{formatPrice(order.total ?? 0, locale)}</dd>
          </div>
        </dl>
      </div>
    </div>
  )
}
