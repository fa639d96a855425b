"use client"

import { useEffect, useState } from "react"
import type { StorePadDeliveryResponse } from "@fupin/shared"

/** What the pad shows for delivery: the fee, none reaching the canteen (with why), or not known yet. */
export type PadDelivery =
  | ({ kind: "priced" } & NonNullable<StorePadDeliveryResponse["delivery"]>)
  | { kind: "none"; message: string } | { kind: "unknown" }

/**
 * The home delivery the pad's goods would get at submit, asked of the server a moment after
 * the running total or the canteen changes (the bulk rule's fee depends on both); unknown
 * while there are no goods, while asking, or when the server cannot be reached.
 */
export function usePadDelivery(itemTotal: number, canteenId: string): PadDelivery {
  const [delivery, setDelivery] = useState<PadDelivery>({ kind: "unknown" })
  useEffect(() => {
    if (!(itemTotal > 0)) return setDelivery({ kind: "unknown" })
    const controller = new AbortController()
    const params = new URLSearchParams({ item_total: String(itemTotal) })
    if (canteenId) params.set("canteen_id", canteenId)
    const timer = window.setTimeout(() => {
      fetch(`/api/institution/pad/delivery?${params.toString()}`, { signal: controller.signal, cache: "no-store" })
        .then(async (res) => {
          if (!res.ok) throw new Error(String(res.status))
          const body = (await res.json()) as StorePadDeliveryResponse
          setDelivery(body.delivery ? { kind: "priced", ...body.delivery } : { kind: "none", message: body.message ?? "" })
        })
        .catch(() => {
          if (!controller.signal.aborted) setDelivery({ kind: "unknown" })
        })
    }, 300)
    return () => {
      window.clearTimeout(timer)
      controller.abort()
    }
  }, [itemTotal, canteenId])
  return delivery
}
