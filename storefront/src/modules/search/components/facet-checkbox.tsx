"use client"

import Link from "next/link"
import type { ComponentProps, KeyboardEvent, MouseEvent } from "react"
import { noteFacetFollowed } from "./facets-disclosure"

function keepFacetsOpen(event: MouseEvent<HTMLAnchorElement>) {
  noteFacetFollowed(event.currentTarget)
}

/**
 * A facet value: a link to the results with the value added or removed, announced as a
 * checkbox. Enter follows it like any link; with JavaScript Space does too, as a checkbox
 * expects. The page keeps its scroll position, and on a phone the facets stay open
 * (facets-disclosure.tsx), so several values can be ticked in a row.
 */
export function FacetCheckbox({
  href,
  checked,
  facet,
  value,
  className,
  children,
}: {
  href: string
  checked: boolean
  facet: string
  value: string
  className: string
  /** typed as Link takes it: next resolves another @types/react in this workspace than the storefront */
  children: ComponentProps<typeof Link>["children"]
}) {
  function onKeyDown(event: KeyboardEvent<HTMLAnchorElement>) {
    if (event.key !== " ") return
    event.preventDefault()
    event.currentTarget.click()
  }
  return (
    <Link
      href={href}
      role="checkbox"
      aria-checked={checked}
      data-facet={facet}
      data-value={value}
      rel="nofollow"
      scroll={false}
      onKeyDown={onKeyDown}
      onClick={keepFacetsOpen}
      className={className}
    >
      {children}
    </Link>
  )
}

/** A facet's 清除 (clear): like a value, it leaves the facets open on a phone for the next tick. */
export function FacetClearLink({ href, label, children }: { href: string; label: string; children: ComponentProps<typeof Link>["children"] }) {
  return (
    <Link
      href={href}
      aria-label={label}
      rel="nofollow"
      scroll={false}
      onClick={keepFacetsOpen}
      className="text-xs font-medium text-brand-700 underline underline-offset-4"
    >
      {children}
    </Link>
  )
}
