"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import type { Locale } from "@fupin/shared"
import { localizedHref } from "@/lib/i18n/paths"
import type { SupplierPortalDictionary } from "@/lib/i18n/supplier-portal"

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
 * a row under the header on wider screens.
 */
export function PortalNav({ locale, labels }: { locale: Locale; labels: SupplierPortalDictionary["nav"] }) {
  const pathname = usePathname() ?? ""
  const current = (path: string) => {
    const href = localizedHref(locale, path)
    return path === "/supplier" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`)
  }
  return (
    <nav
      aria-label={labels.label}
      className="fixed inset-x-0 bottom-0 z-30 border-t border-earth-100 bg-white pb-[env(safe-area-inset-bottom)] print:hidden md:static md:border-b md:border-t-0"
    >
      <ul className="mx-auto grid max-w-4xl grid-cols-6">
        {ITEMS.map((item) => {
          const active = current(item.path)
          return (
            <li key={item.key}>
              <Link
                href={localizedHref(locale, item.path)}
                aria-current={active ? "page" : undefined}
                className={
                  "flex min-h-14 items-center justify-center px-1 text-center text-[15px] font-semibold " +
                  (active ? "text-brand-700 shadow-[inset_0_3px_0_var(--color-brand-600)] md:shadow-[inset_0_-3px_0_var(--color-brand-600)]" : "text-earth-700 hover:text-brand-700")
                }
              >
                {labels[item.key]}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
