"use client"

import type { Locale } from "@fupin/shared"
import type { Dictionary } from "@/lib/i18n"
import { interpolate } from "@/lib/i18n/format"
import { localizedHref } from "@/lib/i18n/paths"
import { accountPath, cartBadge } from "@/lib/shopper"
import { TabBar } from "@/modules/common/components/tab-bar"
import { useShopper } from "../lib/shopper-store"
import { CartIcon, GridIcon, HomeIcon, PersonIcon } from "./shop-icons"

/**
 * The shop's tab bar on a phone: 首页 · 分类 · 购物车 (with its count) · 我的. Not on
 * the checkout, where the pay button sits at the bottom of the screen. The cart count
 * and the account link are the shopper's own, read after load like the header's
 * (HeaderActions, GET /api/shopper), so the page around them stays cacheable.
 */
export function ShopTabBar({ locale, labels }: { locale: Locale; labels: Dictionary["tabs"] }) {
  const shopper = useShopper()
  const count = shopper?.cart_count ?? 0
  const icon = "h-6 w-6"
  return (
    <TabBar
      label={labels.label}
      wide="hidden"
      testId="shop-tab-bar"
      hiddenOn={[localizedHref(locale, "/checkout")]}
      items={[
        { key: "home", href: localizedHref(locale), label: labels.home, icon: <HomeIcon className={icon} />, exact: true },
        {
          key: "categories",
          href: localizedHref(locale, "/categories"),
          label: labels.categories,
          icon: <GridIcon className={icon} />,
        },
        {
          key: "cart",
          href: localizedHref(locale, "/cart"),
          label: labels.cart,
          ariaLabel: interpolate(labels.cartLabel, { count: String(count) }),
          icon: <CartIcon className={icon} />,
          badge: count > 0 ? cartBadge(count) : undefined,
        },
        {
          key: "me",
          href: localizedHref(locale, accountPath(shopper)),
          label: labels.me,
          icon: <PersonIcon className={icon} />,
          alsoCurrentOn: [localizedHref(locale, "/account")],
        },
      ]}
    />
  )
}
