"use client"

import Link from "next/link"
import { LinkPending } from "./link-pending"
import { usePathname } from "next/navigation"
import type { ReactNode } from "react"

export interface TabBarItem {
  key: string
  href: string
  label: string
  /** the link's accessible name when the visible label is not enough (the cart's count) */
  ariaLabel?: string
  icon?: ReactNode
  /** shown on the icon's corner (a count) */
  badge?: ReactNode
  /** current only on exactly this path (a home tab); otherwise also on the paths below it */
  exact?: boolean
  /** further paths (already localized) on which this tab is the current one */
  alsoCurrentOn?: string[]
}

/**
 * A tab bar along the bottom of a phone, in reach of a thumb, shared by the shop
 * (首页 · 分类 · 购物车 · 我的) and the producer portal. On wider screens it either
 * becomes a row under the header (`wide="row"`, the portal) or goes away
 * (`wide="hidden"`, the shop, whose header has the same links). A spacer keeps the
 * end of the page clear of it. `hiddenOn`: paths (already localized) where it is not
 * shown at all, e.g. the checkout, whose pay button it would cover.
 */
export function TabBar({
  label,
  items,
  wide,
  hiddenOn = [],
  testId,
}: {
  label: string
  items: TabBarItem[]
  wide: "row" | "hidden"
  hiddenOn?: string[]
  testId?: string
}) {
  const pathname = usePathname() ?? ""
  const under = (href: string) => pathname === href || pathname.startsWith(`${href}/`)
  if (hiddenOn.some(under)) return null
  const current = (item: TabBarItem) => (item.exact ? pathname === item.href : under(item.href)) || (item.alsoCurrentOn ?? []).some(under)
  const withIcons = items.some((i) => i.icon)
  return (
    <>
      {wide === "hidden" ? <div aria-hidden="true" className="h-[calc(3.75rem+env(safe-area-inset-bottom))] md:hidden print:hidden" /> : null}
      <nav
        aria-label={label}
        data-testid={testId}
        className={
          "fixed inset-x-0 bottom-0 z-30 border-t border-earth-100 bg-white pb-[env(safe-area-inset-bottom)] print:hidden " +
          (wide === "row" ? "md:static md:border-b md:border-t-0" : "md:hidden")
        }
      >
        <ul className="mx-auto grid max-w-4xl" style={{ gridTemplateColumns: `repeat(${items.length}, minmax(0, 1fr))` }}>
          {items.map((item) => {
            const active = current(item)
            return (
              <li key={item.key}>
                <Link
                  href={item.href}
                  aria-current={active ? "page" : undefined}
                  aria-label={item.ariaLabel}
                  className={
                    "flex items-center justify-center px-1 text-center font-semibold " +
                    (withIcons ? "min-h-[3.75rem] flex-col gap-0.5 text-xs " : "min-h-14 text-[15px] ") +
                    (active
                      ? "text-brand-700 shadow-[inset_0_3px_0_var(--color-brand-600)]" + (wide === "row" ? " md:shadow-[inset_0_-3px_0_var(--color-brand-600)]" : "")
                      : "text-earth-700 hover:text-brand-700")
                  }
                >
                  {item.icon ? (
                    <span className="relative flex h-6 w-6 items-center justify-center" aria-hidden="true">
                      {item.icon}
                      {item.badge !== undefined ? (
                        <span
                          className="absolute -right-2.5 -top-1.5 flex h-4 min-w-4 items-center justify-center rounded-full bg-brand-600 px-1 text-[11px] leading-none font-bold text-white"
                          data-testid={`${item.key}-badge`}
                        >
                          {item.badge}
                        </span>
                      ) : null}
                    </span>
                  ) : null}
                  <span>
                    {item.label}
                    <LinkPending />
                  </span>
                </Link>
              </li>
            )
          })}
        </ul>
      </nav>
    </>
  )
}
