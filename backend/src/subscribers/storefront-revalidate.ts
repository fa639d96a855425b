import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { productCacheTags, REVALIDATE_SECRET_HEADER, type RevalidateRequest } from "@fupin/shared"
import { readEnv } from "../config/env"

const PRODUCT_EVENTS = ["product.created", "product.updated", "product.deleted"]
const CERTIFICATE_EVENT = "certificate.status_changed"

/**
 * Tells the storefront which cached catalogue pages changed: POST
 * `{ tags: ["products", "product:<handle>"] }` to ${STOREFRONT_URL}/api/revalidate
 * with the shared secret. A no-op unless STOREFRONT_URL and REVALIDATE_SECRET are
 * set; a storefront that is down is logged, never thrown (the pages then expire
 * on their own).
 */
export default async function storefrontRevalidate({ event, container }: SubscriberArgs<{ id: string }>) {
  const env = readEnv(process.env, { needsDatabase: false })
  if (!env.storefrontUrl || !env.revalidateSecret) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const body: RevalidateRequest = { tags: await tagsFor(container, event.name, event.data.id) }
    const res = await fetch(`${env.storefrontUrl}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", [REVALIDATE_SECRET_HEADER]: env.revalidateSecret },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(5_000),
    })
    if (!res.ok) logger.warn(`revalidate: storefront answered ${res.status} for ${body.tags.join(", ")}`)
  } catch (e) {
    logger.warn(`revalidate: storefront unreachable (${(e as Error).message}); cached pages refresh on their own`)
  }
}

async function tagsFor(container: SubscriberArgs<unknown>["container"], name: string, id: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (name === CERTIFICATE_EVENT) {
    const { data } = await query.graph({ entity: "certificate", fields: ["id", "product.handle"], filters: { id } })
    return productCacheTags((data[0] as { product?: { handle?: string } | null } | undefined)?.product?.handle)
  }
  const { data } = await query.graph(
    { entity: "product", fields: ["id", "handle"], filters: { id }, withDeleted: true } as Parameters<typeof query.graph>[0]
  )
  return productCacheTags((data[0] as { handle?: string } | undefined)?.handle)
}

export const config: SubscriberConfig = {
  event: [...PRODUCT_EVENTS, CERTIFICATE_EVENT],
  context: { subscriberId: "storefront-revalidate" },
}
