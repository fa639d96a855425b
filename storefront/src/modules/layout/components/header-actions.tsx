import Link from "next/link"
import type { Locale } from "@fupin/shared"
import { cartItemCount } from "@/lib/data/cart"
import { getAuthToken } from "@/lib/data/cookies"
import { getDictionary, interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { CartIcon, PersonIcon } from "./shop-icons"

/** Account and cart links of the header; the cart shows how many items it holds. */
export async function HeaderActions({ locale }: { locale: Locale }) {
  const dict = getDictionary(locale)
  const [count, token] = await Promise.all([cartItemCount(), getAuthToken()])
  const accountHref = localizedHref(locale, token ? "/account" : "/account/login")
  return (
    <div className="flex items-center gap-1">
      <Link
        href={accountHref}
        className="flex h-10 w-10 items-center justify-center rounded-full text-earth-700 hover:bg-brand-50 hover:text-brand-700"
        aria-label={dict.shop.account}
        title={dict.shop.account}
      >
        <PersonIcon />
      </Link>
      <Link
        href={localizedHref(locale, "/cart")}
        className="relative flex h-10 w-10 items-center justify-center rounded-full text-earth-700 hover:bg-brand-50 hover:text-brand-700"
        aria-label={interpolate(dict.shop.cartLabel, { count: String(count) })}
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
          {count > 99 ? "99+" : count}
        </span>
      </Link>
    </div>
  )
}
