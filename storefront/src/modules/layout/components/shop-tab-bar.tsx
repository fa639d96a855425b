import type { Locale } from "@fupin/shared"
import { cartItemCount } from "@/lib/data/cart"
import { getAuthToken } from "@/lib/data/cookies"
import { getDictionary, interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { TabBar } from "@/modules/common/components/tab-bar"
import { CartIcon, GridIcon, HomeIcon, PersonIcon } from "./shop-icons"

/**
 * The shop's tab bar on a phone: 首页 · 分类 · 购物车 (with its count) · 我的. Not on
 * the checkout, where the pay button sits at the bottom of the screen. The cart count
 * and the account link are the shopper's own, read like the header's (HeaderActions).
 */
export async function ShopTabBar({ locale }: { locale: Locale }) {
  const dict = getDictionary(locale).tabs
  const [count, token] = await Promise.all([cartItemCount(), getAuthToken()])
  const icon = "h-6 w-6"
  return (
    <TabBar
      label={dict.label}
      wide="hidden"
      testId="shop-tab-bar"
      hiddenOn={[localizedHref(locale, "/checkout")]}
      items={[
        { key: "home", href: localizedHref(locale), label: dict.home, icon: <HomeIcon className={icon} />, exact: true },
        {
          key: "categories",
          href: localizedHref(locale, "/categories"),
          label: dict.categories,
          icon: <GridIcon className={icon} />,
        },
        {
          key: "cart",
          href: localizedHref(locale, "/cart"),
          label: dict.cart,
          ariaLabel: interpolate(dict.cartLabel, { count: String(count) }),
          icon: <CartIcon className={icon} />,
          badge: count > 0 ? (count > 99 ? "99+" : count) : undefined,
        },
        {
          key: "me",
          href: localizedHref(locale, token ? "/account" : "/account/login"),
          label: dict.me,
          icon: <PersonIcon className={icon} />,
          alsoCurrentOn: [localizedHref(locale, "/account")],
        },
      ]}
    />
  )
}
