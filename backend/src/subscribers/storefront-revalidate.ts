import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  certificateCacheTags,
  productCacheTags,
  REVALIDATE_SECRET_HEADER,
  type RevalidateRequest,
  supplierCacheTags,
} from "@fupin/shared"
import { readEnv } from "../config/env"
import { CERTIFICATE_STATUS_CHANGED_EVENT } from "../workflows/certification/transition-certificates"
import { PRODUCT_REVIEW_MODERATED_EVENT } from "../workflows/product-review/moderate-product-review"
import { SUPPLIER_REVIEW_EVENTS } from "../workflows/supplier/review-supplier"

// a review approved or rejected changes its product's page: the event carries the product's id
const PRODUCT_EVENTS = ["product.created", "product.updated", "product.deleted", PRODUCT_REVIEW_MODERATED_EVENT]
const SUPPLIER_EVENTS = Object.values(SUPPLIER_REVIEW_EVENTS)

/**
 * Tells the storefront which cached pages changed: POST `{ tags }` to
 * ${STOREFRONT_URL}/api/revalidate with the shared secret. A product change names
 * "products" and "product:<handle>"; a certificate's status change those of its
 * product and "certificates", "certificate:<number>" (the verification page); a
 * supplier's review "suppliers" and "supplier:<id>" (its profile). A no-op unless
 * STOREFRONT_URL and REVALIDATE_SECRET are set; a storefront that is down is
 * logged, never thrown (the pages then expire on their own).
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
  if (SUPPLIER_EVENTS.includes(name)) return supplierCacheTags(id)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (name === CERTIFICATE_STATUS_CHANGED_EVENT) {
    const { data } = await query.graph({ entity: "certificate", fields: ["id", "number", "product.handle"], filters: { id } })
    const certificate = data[0] as { number?: string; product?: { handle?: string } | null } | undefined
    return [...productCacheTags(certificate?.product?.handle), ...certificateCacheTags(certificate?.number)]
  }
  const { data } = await query.graph(
    { entity: "product", fields: ["id", "handle"], filters: { id }, withDeleted: true } as Parameters<typeof query.graph>[0]
  )
  return productCacheTags((data[0] as { handle?: string } | undefined)?.handle)
}

export const config: SubscriberConfig = {
  event: [...PRODUCT_EVENTS, CERTIFICATE_STATUS_CHANGED_EVENT, ...SUPPLIER_EVENTS],
  context: { subscriberId: "storefront-revalidate" },
}
