"use client"

import { useTranslations } from "next-intl"
import Link from "next/link"
import { useActionState, useState } from "react"
import { retailQuantityLimit, type Locale } from "@fupin/shared"
import { addToCart, type CartActionState } from "@/lib/actions/cart"
import { localizedHref } from "@/lib/i18n/paths"
import { FormMessage } from "@/modules/common/components/field"
import { useRefreshShopperAfter } from "@/modules/layout/lib/shopper-store"

export interface AddToCartVariant {
  id: string
  title: string
  /** formatted price, e.g. ¥68.00 */
  price: string | null
  original: string | null
  /** null = not limited */
  available: number | null
}

const LOW_STOCK = 10

/** Size (variant) choice, quantity and the add-to-cart button of the product page. */
export function AddToCart({ variants, locale }: { variants: AddToCartVariant[]; locale: Locale }) {
  const t = useTranslations()
  const firstInStock = variants.find((v) => v.available === null || v.available > 0) ?? variants[0]
  const [variantId, setVariantId] = useState(firstInStock?.id ?? "")
  const [quantity, setQuantity] = useState(1)
  /** set when what was typed was more than can be bought: says so instead of changing it silently */
  const [capped, setCapped] = useState<number | null>(null)
  const [state, action, pending] = useActionState<CartActionState, FormData>(addToCart, { ok: false, message: null })
  // the header's and the tab bar's count are read from /api/shopper, not from this (cached) page
  useRefreshShopperAfter(state)
  const selected = variants.find((v) => v.id === variantId)
  const max = Math.max(1, retailQuantityLimit(selected?.available))
  const soldOut = selected?.available === 0

  const stockText = (v: AddToCartVariant) => {
    if (v.available === null) return null
    if (v.available === 0) return t("cart.outOfStock")
    if (v.available <= LOW_STOCK) return t("cart.lowStock", { count: String(v.available) })
    return t("cart.inStock", { count: String(v.available) })
  }

  return (
    <form action={action} className="mt-5 space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <fieldset>
        <legend className="text-sm font-semibold text-earth-800">{t("product.variants")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {variants.map((v) => {
            const stock = stockText(v)
            return (
              <label
                key={v.id}
                className={
                  "flex cursor-pointer items-center justify-between gap-3 rounded-lg border bg-white px-3 py-2.5 has-[:focus-visible]:ring-3 has-[:focus-visible]:ring-gold-500 " +
                  (v.id === variantId ? "border-brand-600 ring-1 ring-brand-600" : "border-earth-200")
                }
              >
                <span className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="variant_id"
                    value={v.id}
                    checked={v.id === variantId}
                    onChange={() => {
                      setVariantId(v.id)
                      setQuantity(1)
                      setCapped(null)
                    }}
                    className="h-4 w-4 accent-brand-600"
                  />
                  <span className="flex flex-col">
                    <span className="font-medium text-earth-900">{v.title}</span>
                    {stock ? (
                      <span className={"text-xs " + (v.available === 0 ? "text-brand-700" : "text-earth-600")}>{stock}</span>
                    ) : null}
                  </span>
                </span>
                <span className="text-right">
                  {v.price ? <span className="font-semibold text-brand-600">{v.price}</span> : <span className="text-sm text-earth-600">{t("products.noPrice")}</span>}
                  {v.original ? <s className="ml-1.5 text-xs text-earth-600">{v.original}</s> : null}
                </span>
              </label>
            )
          })}
        </div>
      </fieldset>

      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="quantity" className="block text-sm font-semibold text-earth-800">
            {t("cart.quantity")}
          </label>
          <div className="mt-1 flex items-center rounded-full border border-earth-200 bg-white">
            <button
              type="button"
              onClick={() => {
                setQuantity((q) => Math.max(1, q - 1))
                setCapped(null)
              }}
              disabled={quantity <= 1}
              className="h-11 w-11 rounded-full text-lg font-bold text-earth-700 hover:bg-brand-50 disabled:opacity-40"
              aria-label={t("cart.decrease", { title: selected?.title ?? "" })}
            >
              −
            </button>
            <input
              id="quantity"
              name="quantity"
              type="number"
              inputMode="numeric"
              min={1}
              max={max}
              value={quantity}
              onChange={(e) => {
                const n = Math.floor(Number(e.target.value))
                if (!Number.isFinite(n) || n < 1) {
                  setQuantity(1)
                  setCapped(null)
                } else if (n > max) {
                  setQuantity(max)
                  setCapped(n)
                } else {
                  setQuantity(n)
                  setCapped(null)
                }
              }}
              className="h-11 w-14 border-0 bg-transparent text-center text-base font-semibold text-earth-900 focus:outline-none"
            />
            <button
              type="button"
              onClick={() => setQuantity((q) => Math.min(max, q + 1))}
              disabled={quantity >= max}
              className="h-11 w-11 rounded-full text-lg font-bold text-earth-700 hover:bg-brand-50 disabled:opacity-40"
              aria-label={t("cart.increase", { title: selected?.title ?? "" })}
            >
              +
            </button>
          </div>
        </div>
        {capped !== null ? (
          <p role="status" className="basis-full text-sm text-brand-700">
            {selected?.available == null
              ? t("cart.cappedToMaximum", { typed: String(capped), count: String(max) })
              : t("cart.cappedToStock", { typed: String(capped), count: String(max) })}
          </p>
        ) : null}
        <button type="submit" disabled={pending || soldOut || !selected} className="flex-1 rounded-full bg-brand-600 px-6 py-3 text-base font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-60 sm:flex-none">
          {soldOut ? t("cart.outOfStock") : pending ? t("cart.adding") : t("cart.addToCart")}
        </button>
      </div>
      <div aria-live="polite" className="min-h-0">
        {state.message ? (
          <div className="flex flex-wrap items-center gap-3">
            <FormMessage error={state.ok ? null : state.message} success={state.ok ? state.message : null} />
            {state.ok ? (
              <Link href={localizedHref(locale, "/cart")} className="text-sm font-semibold text-brand-700 underline underline-offset-4">
                {t("cart.viewCart")}
              </Link>
            ) : null}
          </div>
        ) : null}
      </div>
    </form>
  )
}
