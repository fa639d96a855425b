import type { Logger } from "@medusajs/framework/types"
import { REVALIDATE_SECRET_HEADER, type RevalidateRequest } from "@fupin/shared"
import { readEnv } from "../../config/env"

/**
 * Tells the storefront which cached pages changed: POST `{ tags }` to
 * ${STOREFRONT_URL}/api/revalidate with the shared secret. A no-op unless
 * STOREFRONT_URL and REVALIDATE_SECRET are set; a storefront that is down or
 * refuses is logged, never thrown (its pages then expire on their own).
 */
export async function revalidateStorefront(tags: string[], logger: Pick<Logger, "warn">): Promise<void> {
  const env = readEnv(process.env, { needsDatabase: false })
  if (!env.storefrontUrl || !env.revalidateSecret || !tags.length) return
  try {
    const body: RevalidateRequest = { tags }
    const res = await fetch(`${env.storefrontUrl}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", [REVALIDATE_SECRET_HEADER]: env.revalidateSecret },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(5_000),
    })
    if (!res.ok) logger.warn(`revalidate: storefront answered ${res.status} for ${tags.join(", ")}`)
  } catch (e) {
    logger.warn(`revalidate: storefront unreachable (${(e as Error).message}); cached pages refresh on their own`)
  }
}
