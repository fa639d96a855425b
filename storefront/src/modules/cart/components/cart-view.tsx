import Link from "next/link"
import type { Locale } from "@fupin/shared"
import type { HttpTypes } from "@medusajs/types"
import { getDictionary } from "@/lib/i18n"
import { localizedHref, productHref } from "@/lib/i18n/paths"
import { formatPrice } from "@/lib/util/price"
import { availableQuantity, productTitle, resolveImageUrl } from "@/lib/util/product"
import { LineQuantity } from "./line-quantity"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { LINE_QUANTITY_STRINGS } from "@/modules/cart/components/line-quantity.strings"

type Line = HttpTypes.StoreCartLineItem

export function lineTitle(item: Line, locale: Locale): string {
  const product = item.product
  if (product) return productTitle({ title: item.product_title ?? product.title ?? item.title, metadata: product.metadata }, locale)
  return item.product_title ?? item.title
}

/** The items of a cart; editable on the cart page, read-only in the checkout review. */
export function CartLines({ cart, locale, editable }: { cart: HttpTypes.StoreCart; locale: Locale; editable: boolean }) {
  const dict = getDictionary(locale)
  const items = [...(cart.items ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  return (
    <ul className="divide-y divide-earth-100">
      {items.map((item) => {
        const title = lineTitle(item, locale)
        const handle = item.product_handle ?? item.product?.handle
        return (
          <li key={item.id} className="flex gap-3 py-4" data-testid="cart-line">
            <img
              src={resolveImageUrl(item.thumbnail)}
              alt=""
              width={80}
              height={80}
              loading="lazy"
              className="h-20 w-20 shrink-0 rounded-lg bg-earth-50 object-cover ring-1 ring-earth-100"
            />
            <div className="flex min-w-0 flex-1 flex-col gap-1">
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0">
                  {handle ? (
                    <Link href={productHref(locale, handle)} className="font-medium text-earth-900 hover:text-brand-700">
                      {title}
                    </Link>
                  ) : (
                    <span className="font-medium text-earth-900">{title}</span>
                  )}
                  <p className="text-sm text-earth-600">
                    {dict.cart.variant}: {item.variant_title ?? item.variant?.title ?? "—"} · {formatPrice(item.unit_price, locale)}
                  </p>
                </div>
                <p className="shrink-0 font-semibold text-brand-600">{formatPrice(item.subtotal ?? item.unit_price * item.quantity, locale)}</p>
              </div>
              {editable ? (
                <ClientStrings locale={locale} pick={LINE_QUANTITY_STRINGS}>
                  <LineQuantity
                    lineId={item.id}
                    quantity={item.quantity}
                    max={item.variant ? availableQuantity(item.variant as Parameters<typeof availableQuantity>[0]) : null}
                    title={title}
                    locale={locale}
                  />
                </ClientStrings>
              ) : (
                <p className="text-sm text-earth-700">
                  {dict.cart.quantity}: {item.quantity}
                </p>
              )}
            </div>
          </li>
        )
      })}
    </ul>
  )
}

/** Subtotal, shipping and total in ¥. */
export function CartTotals({ cart, locale, shippingKnown }: { cart: HttpTypes.StoreCart; locale: Locale; shippingKnown: boolean }) {
  const dict = getDictionary(locale).cart
  return (
    <dl className="space-y-2 text-sm">
      <div className="flex justify-between">
        <dt className="text-earth-700">{dict.subtotal}</dt>
        <dd className="font-medium text-earth-900">{formatPrice(cart.item_subtotal ?? cart.subtotal ?? 0, locale)}</dd>
      </div>
      <div className="flex justify-between">
        <dt className="text-earth-700">{dict.shipping}</dt>
        <dd className="font-medium text-earth-900">{shippingKnown ? formatPrice(cart.shipping_total ?? 0, locale) : dict.shippingLater}</dd>
      </div>
      <div className="flex justify-between border-t border-earth-100 pt-2 text-base">
        <dt className="font-semibold text-earth-900">{dict.total}</dt>
        <dd className="text-xl font-bold text-brand-600" data-testid="cart-total">
          {formatPrice(cart.total ?? 0, locale)}
        </dd>
      </div>
    </dl>
  )
}

export function EmptyCart({ locale }: { locale: Locale }) {
  const dict = getDictionary(locale).cart
  return (
    <div className="rounded-2xl bg-white px-6 py-12 text-center ring-1 ring-earth-100">
      <h2 className="text-xl font-bold text-earth-900">{dict.empty}</h2>
      <p className="mt-2 text-earth-600">{dict.emptyBody}</p>
      <Link href={localizedHref(locale, "/products")} className="mt-6 inline-block rounded-full bg-brand-600 px-6 py-3 text-sm font-semibold text-white hover:bg-brand-700">
        {dict.continue}
      </Link>
    </div>
  )
}
