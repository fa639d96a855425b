import "server-only"

import type { StoreShopperReturnsResponse } from "@fupin/shared"
import { getOwnOrderPart } from "./own-order"

/** 售后 of the logged-in shopper's order: its returns, what may still go back, until when (never cached). Null: not theirs, or not logged in. */
export async function getOrderReturns(orderId: string): Promise<StoreShopperReturnsResponse | null> {
  return getOwnOrderPart<StoreShopperReturnsResponse>(orderId, "returns")
}
