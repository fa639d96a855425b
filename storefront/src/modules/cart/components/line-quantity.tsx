"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { retailQuantityLimit, type Locale } from "@fupin/shared"
import { updateLineItem, type CartActionState } from "@/lib/actions/cart"
import { useRefreshShopperAfter } from "@/modules/layout/lib/shopper-store"

/** − quantity + and remove for one cart line; each button submits the new quantity. */
export function LineQuantity({
  lineId,
  quantity,
  max,
  title,
  locale,
}: {
  lineId: string
  quantity: number
  /** null = no stock limit */
  max: number | null
  title: string
  locale: Locale
}) {
  const t = useTranslations("cart")
  const [state, action, pending] = useActionState<CartActionState, FormData>(updateLineItem, { ok: true, message: null })
  // the header's count comes from /api/shopper: read it again once the cart changed
  useRefreshShopperAfter(state)
  const limit = retailQuantityLimit(max)
  const atLimit = quantity >= limit
  return (
    <form action={action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="line_id" value={lineId} />
      <div className="flex items-center gap-3">
        <div className="flex items-center rounded-full border border-earth-200 bg-white" aria-busy={pending}>
          <button
            type="submit"
            name="quantity"
            value={quantity - 1}
            disabled={pending || quantity <= 1}
            aria-label={t("decrease", { title })}
            className="h-10 w-10 rounded-full text-lg font-bold text-earth-700 hover:bg-brand-50 disabled:opacity-40"
          >
            −
          </button>
          <output className="w-9 text-center font-semibold text-earth-900" aria-label={t("quantity")}>
            {quantity}
          </output>
          <button
            type="submit"
            name="quantity"
            value={quantity + 1}
            disabled={pending || quantity >= limit}
            aria-label={t("increase", { title })}
            className="h-10 w-10 rounded-full text-lg font-bold text-earth-700 hover:bg-brand-50 disabled:opacity-40"
          >
            +
          </button>
        </div>
        <button
          type="submit"
          name="quantity"
          value={0}
          disabled={pending}
          aria-label={t("removeItem", { title })}
          className="rounded-full px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50"
        >
          {t("remove")}
        </button>
      </div>
      {atLimit && max !== null ? (
        <p className="text-xs text-earth-600">{t("atStockLimit", { count: String(limit) })}</p>
      ) : null}
      {!state.ok && state.message ? (
        <p role="alert" className="text-sm font-medium text-brand-700">
          {state.message}
        </p>
      ) : null}
    </form>
  )
}
