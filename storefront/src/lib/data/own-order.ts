import "server-only"

import { authHeaders } from "./cookies"
import { errorStatus } from "./errors"
import { getSdk } from "./medusa"

/**
 * A part of the logged-in shopper's own order (`/store/orders/:id/<part>`:
 * reviews, returns), never cached. Null when it is not theirs, they are not
 * logged in, or the order may not have that part.
 */
export async function getOwnOrderPart<T>(orderId: string, part: string): Promise<T | null> {
  try {
    return await getSdk().client.fetch<T>(`/store/orders/${encodeURIComponent(orderId)}/${part}`, {
      headers: await authHeaders(),
      cache: "no-store",
    })
  } catch (error) {
    const status = errorStatus(error)
    if (status === 401 || status === 404 || status === 400) return null
    throw error
  }
}
