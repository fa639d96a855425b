import type { Locale, PortalDeliveryDTO } from "@fupin/shared"
import { getDictionary, interpolate } from "@/lib/i18n"

/** 送至 第一食堂（昆明市官渡区…） · 要求送达 2026-12-05 — on the approval card and the order list. */
export function DeliveryLine({ delivery, locale }: { delivery: PortalDeliveryDTO | null; locale: Locale }) {
  if (!delivery) return null
  const dict = getDictionary(locale).institution
  const parts = [
    delivery.canteen ? interpolate(dict.deliveryTo, { canteen: delivery.canteen, address: delivery.address ?? "" }) : null,
    delivery.requested_delivery_date ? interpolate(dict.deliveryBy, { date: delivery.requested_delivery_date }) : null,
  ].filter(Boolean)
  return (
    <p className="mt-2 text-sm text-earth-800" data-testid="delivery">
      {parts.join(" · ")}
      {delivery.contact ? <span className="block text-earth-600">{delivery.contact}</span> : null}
    </p>
  )
}
