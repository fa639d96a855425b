"use client"

import Link from "next/link"
import type { Locale } from "@fupin/shared"
import { interpolate } from "@/lib/i18n/format"
import { localizedHref } from "@/lib/i18n/paths"
import { accountPath, cartBadge } from "@/lib/shopper"
import { useShopper } from "../lib/shopper-store"
import { CartIcon, PersonIcon } from "./shop-icons"

/**
 * Account and cart links of the header; the cart shows how many items it holds. The
 * count and the login state are this browser's (GET /api/shopper, after load), never
 * part of the cached page: until they arrive the cart shows 0 and 我的 opens /account,
 * which sends a visitor who is not logged in to the login page.
 */
export function HeaderActions({ locale, accountLabel, cartLabel }: { locale: Locale; accountLabel: string; cartLabel: string }) {
  const shopper = useShopper()
  const count = shopper?.cart_count ?? 0
  const accountHref = localizedHref(locale, accountPath(shopper))
  return (
    <div className="flex items-center gap-1">
      <Link
        href={accountHref}
        className="flex h-10 w-10 items-center justify-center rounded-full text-earth-700 hover:bg-brand-50 hover:text-brand-700"
        aria-label={accountLabel}
        title={accountLabel}
      >
        <PersonIcon />
      </Link>
      <Link
        href={localizedHref(locale, "/cart")}
        className="relative flex h-10 w-10 items-center justify-center rounded-full text-earth-700 hover:bg-brand-50 hover:text-brand-700"
        aria-label={interpolate(cartLabel, { count: String(count) })}
        data-testid="header-cart"
      >
        <CartIcon />
        <span
          className={
            "absolute -right-0.5 -top-0.5 flex h-5 min-w-5 items-center justify-center rounded-full px-1 text-xs font-bold " +
            (count > 0 ? "bg-brand-600 text-white" : "bg-earth-100 text-earth-700")
          }
          aria-hidden="true"
        >
          {cartBadge(count)}
        </span>
      </Link>
    </div>
  )
}
