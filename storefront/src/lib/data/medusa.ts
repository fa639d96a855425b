import "server-only"

import Medusa from "@medusajs/js-sdk"
import { getConfig } from "@/lib/config"

let client: { key: string; sdk: Medusa } | undefined

/** The Medusa JS SDK for server-side store reads, built from the validated config on first use. */
export function getSdk(): Medusa {
  const { backendUrl, publishableKey } = getConfig()
  const key = `${backendUrl}\n${publishableKey}`
  if (client?.key !== key) {
    client = { key, sdk: new Medusa({ baseUrl: backendUrl, publishableKey }) }
  }
  return client.sdk
}
