import { readFileSync } from "node:fs"
import { basename, join } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"

/** The demo's pictures (one per product kind), kept with the storefront's static files. */
export const DEMO_IMAGE_DIR = join(__dirname, "..", "..", "..", "..", "storefront", "public", "images", "products")
/** How the demo catalogue names a picture before it is uploaded: a path on our storefront only. */
const RELATIVE = "/images/products/"

/**
 * Moves the demo products' pictures into Medusa's file module: each picture the
 * catalogue names by a storefront path (/images/products/beef.svg) is uploaded once
 * and every product's thumbnail and images point at the file module's absolute URL,
 * so any Medusa client (not only our storefront) shows them. Idempotent: products
 * already pointing at uploaded files are left alone.
 */
export async function uploadDemoImages(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const productService = container.resolve(Modules.PRODUCT)
  const products = await productService.listProducts({}, { take: null, select: ["id", "thumbnail"], relations: ["images"] })
  const isRelative = (url: string | null | undefined): url is string => !!url?.startsWith(RELATIVE)
  const stale = products.filter((p) => isRelative(p.thumbnail) || p.images?.some((i) => isRelative(i.url)))
  if (!stale.length) return

  const paths = [...new Set(stale.flatMap((p) => [p.thumbnail, ...(p.images ?? []).map((i) => i.url)]).filter(isRelative))]
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: paths.map((path) => ({
        // the provider adds its own unique prefix; the kind's name keeps the key readable
        filename: `demo-${basename(path)}`,
        mimeType: "image/svg+xml",
        content: readFileSync(join(DEMO_IMAGE_DIR, basename(path))).toString("base64"),
        access: "public" as const,
      })),
    },
  })
  const urlOf = new Map(paths.map((path, i) => [path, result[i]!.url]))
  const moved = (url: string) => (isRelative(url) ? (urlOf.get(url) ?? url) : url)
  for (const product of stale) {
    await productService.updateProducts(product.id, {
      thumbnail: product.thumbnail ? moved(product.thumbnail) : product.thumbnail,
      images: (product.images ?? []).map((i) => ({ url: moved(i.url) })),
    })
  }
  logger.info(`demo: ${paths.length} pictures uploaded through the file module for ${stale.length} products`)
}
