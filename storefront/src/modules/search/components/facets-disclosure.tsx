"use client"

import { useEffect, useRef, type ReactNode } from "react"

/** Set when a facet value is followed from the open disclosure; read by the next list page. */
const REOPEN_KEY = "fupin:facets-reopen"
/** How long the note holds: a navigation, not a later visit. */
const REOPEN_WITHIN_MS = 10_000

/**
 * Notes that a facet value was followed from the open disclosure (facet-checkbox.tsx), so
 * the list it leads to opens the disclosure again: each list state is its own cached page,
 * so the disclosure is a new one after every tick, and on a phone one would otherwise
 * reopen it for each county of several.
 */
export function noteFacetFollowed(link: HTMLElement) {
  if (!link.closest("details")?.open) return
  try {
    sessionStorage.setItem(REOPEN_KEY, String(Date.now()))
  } catch {
    // storage refused (private mode): the disclosure simply stays closed
  }
}

/** The facets' disclosure (search-facets.tsx), opened on arrival when a facet value was just followed from it. */
export function FacetsDisclosure({ className, children }: { className: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    try {
      const noted = Number(sessionStorage.getItem(REOPEN_KEY))
      sessionStorage.removeItem(REOPEN_KEY)
      if (ref.current && noted && Date.now() - noted < REOPEN_WITHIN_MS) ref.current.open = true
    } catch {
      // no storage: nothing to reopen
    }
  }, [])
  return (
    <details ref={ref} className={className}>
      {children}
    </details>
  )
}
