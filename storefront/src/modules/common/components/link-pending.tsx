"use client"

import { useLinkStatus } from "next/link"

/**
 * Put inside a <Link>: while the page it opens is on its way from the server (a portal page, an
 * order, a further page of a list), a small spinner beside the label says the tap was taken.
 * It appears only after a short delay (globals.css .link-pending), so a page served at once from
 * the cache never flickers one. Without JavaScript the link is a plain link and this renders nothing.
 */
export function LinkPending() {
  const { pending } = useLinkStatus()
  if (!pending) return null
  return <span aria-hidden="true" data-testid="link-pending" className="link-pending" />
}
