import "server-only"

import Medusa from "@medusajs/js-sdk"
import { getConfig } from "@/lib/config"

let client: { key: string; sdk: Medusa } | undefined

/**
 * The Medusa JS SDK for the server side, built from the validated config on first use.
 * Store mutations go through its typed methods (sdk.store.cart.createLineItem, .complete,
 * sdk.store.payment.initiatePaymentSession, sdk.store.customer.createAddress…). Reads go
 * through sdk.client.fetch where they need Next's fetch options, which the typed methods
 * cannot carry: catalogue reads their cache tags and revalidate time (lib/data/products.ts),
 * personal reads `cache: "no-store"` (lib/data/cart.ts, customer.ts); so do the
 * marketplace's own routes (/store/institution…, /store/catalogue…), which have no typed method.
 */
export function getSdk(): Medusa {
  const { backendUrl, publishableKey } = getConfig()
  const key = `${backendUrl}\n${publishableKey}`
  if (client?.key !== key) {
    client = { key, sdk: new Medusa({ baseUrl: backendUrl, publishableKey }) }
  }
  return client.sdk
}
