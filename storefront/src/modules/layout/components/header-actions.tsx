import Link from "next/link"
import type { Locale } from "@fupin/shared"
import { cartItemCount } from "@/lib/data/cart"
import { getAuthToken } from "@/lib/data/cookies"
import { getDictionary, interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"

function CartIcon() {
  return (
    <svg viewBox="0 0 24 24" className="h-5 w-5" aria-hidden="true" focusable="false">
      <path
        d="M3 4h2l2.2 10.2a1.5 1.5 0 0 0 1.5 1.2h8.6a1.5 1.5 0 0 0 1.5-1.1L21 8H6.2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="9.5" cy="19.5" r="1.4" fill="currentColor" />
      <circle cx="17" cy="19.5" r="1.4" fill="currentColor" />
    </svg>
  )
}

function PersonIcon() {
  return (
    <svg viewBox="0 0 24 24" className="h-5 w-5" aria-hidden="true" focusable="false">
      <circle cx="12" cy="8" r="3.6" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M4.5 20c1.2-3.6 4-5.4 7.5-5.4s6.3 1.8 7.5 5.4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  )
}

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
