import "server-only"

import { headers } from "next/headers"

/**
 * The storefront calls the backend from its own server, so every shopper would look like
 * one client to the backend's per-address rate limits. Login, registration and password
 * reset pass on the address this server saw: the last X-Forwarded-For entry (added by
 * the proxy in front of the storefront, or by Next from the socket when there is none),
 * which the backend reads as the client address (Express `trust proxy` 1).
 */
export async function shopperAddressHeaders(): Promise<Record<string, string>> {
  const forwarded = (await headers()).get("x-forwarded-for") ?? ""
  const address = forwarded.split(",").at(-1)?.trim()
  return address ? { "x-forwarded-for": address } : {}
}
