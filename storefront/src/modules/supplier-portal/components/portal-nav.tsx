import type { Locale } from "@fupin/shared"
import { localizedHref } from "@/lib/i18n/paths"
import type { SupplierPortalDictionary } from "@/lib/i18n/supplier-portal"
import { TabBar } from "@/modules/common/components/tab-bar"

const ITEMS = [
  { key: "today", path: "/supplier" },
  { key: "listings", path: "/supplier/listings" },
  { key: "stock", path: "/supplier/stock" },
  { key: "certification", path: "/supplier/certification" },
  { key: "orders", path: "/supplier/orders" },
  { key: "members", path: "/supplier/members" },
] as const

/**
 * The portal's sections: a tab bar along the bottom of a phone (in reach of a thumb),
 * a row under the header on wider screens (the shop's tab bar is the same component).
 */
export function PortalNav({ locale, labels }: { locale: Locale; labels: SupplierPortalDictionary["nav"] }) {
  return (
    <TabBar
      label={labels.label}
      wide="row"
      items={ITEMS.map((item) => ({
        key: item.key,
        href: localizedHref(locale, item.path),
        label: labels[item.key],
        exact: item.path === "/supplier",
      }))}
    />
  )
}
