"use client"

import { useEffect, useRef, useSyncExternalStore } from "react"
import { parseShopper, SHOPPER_PATH, type Shopper } from "@/lib/shopper"

/**
 * The visitor's login state and cart count in the browser, read from GET /api/shopper
 * (never from the page, which is cached for everyone). ShopperSync refreshes it after
 * load and on each navigation; the add-to-cart and cart forms call refreshShopper()
 * when they change the cart. Null until the first answer.
 */
let current: Shopper | null = null
let sequence = 0
const listeners = new Set<() => void>()

export async function refreshShopper(): Promise<void> {
  const mine = ++sequence
  try {
    const res = await fetch(SHOPPER_PATH, { cache: "no-store", credentials: "same-origin" })
    if (!res.ok) return
    const shopper = parseShopper(await res.json())
    // a later refresh started meanwhile: its answer is the newer one
    if (!shopper || mine !== sequence) return
    current = shopper
    listeners.forEach((listener) => listener())
  } catch {
    // offline or the storefront restarting: keep what is shown
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export function useShopper(): Shopper | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null
  )
}

/**
 * For a form that changes the cart (add to cart, a line's quantity): once its action
 * has answered ok, the header's and the tab bar's count are read again. The form's
 * initial state is not an answer.
 */
export function useRefreshShopperAfter(state: { ok: boolean }) {
  const initial = useRef(state)
  useEffect(() => {
    if (state.ok && state !== initial.current) void refreshShopper()
  }, [state])
}
