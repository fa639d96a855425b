"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import { LinkPending } from "@/modules/common/components/link-pending"

export interface PortalNavItem {
  href: string
  label: string
  /** the dashboard matches only itself; the others their sub-pages too */
  exact?: boolean
}

/** The portal's tabs; the current one is marked for screen readers and eyes alike. */
export function PortalNav({ items, label }: { items: PortalNavItem[]; label: string }) {
  const pathname = usePathname() ?? ""
  return (
    <nav aria-label={label} className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1 border-b border-earth-100">
        {items.map((item) => {
          const active = item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`)
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={
                  "-mb-px block border-b-2 px-3 py-2.5 text-sm font-semibold sm:px-4 sm:text-base " +
                  (active ? "border-brand-600 text-brand-700" : "border-transparent text-earth-700 hover:text-brand-700")
                }
              >
                {item.label}
                <LinkPending />
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
