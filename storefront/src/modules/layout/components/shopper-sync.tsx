"use client"

import { usePathname } from "next/navigation"
import { useEffect } from "react"
import { refreshShopper } from "../lib/shopper-store"

/** Reads GET /api/shopper after load, on each navigation and when the page comes back from the back/forward cache. */
export function ShopperSync() {
  const pathname = usePathname()
  useEffect(() => {
    void refreshShopper()
  }, [pathname])
  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) void refreshShopper()
    }
    window.addEventListener("pageshow", onShow)
    return () => window.removeEventListener("pageshow", onShow)
  }, [])
  return null
}
