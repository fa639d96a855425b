import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PortalListDTO, PortalListLineDTO } from "@fupin/shared"
import { people } from "./portal"

type ListRow = {
  id: string
  institution_id: string
  name: string
  lines: unknown
  created_by: string
  created_at: Date | string
  updated_at: Date | string
}

type VariantRow = { id: string; sku: string | null; title: string | null; product?: { title?: string | null } | null }

/** "牛干巴 500g": how a line is named, from its product and variant. */
export const lineTitle = (v: VariantRow) => [v.product?.title, v.title].filter(Boolean).join(" ")

/** The variants (not deleted) among these ids, by id, with their SKU and titles today. */
export async function variantsById(container: MedusaContainer, ids: string[]): Promise<Map<string, VariantRow>> {
  if (!ids.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "sku", "title", "product.title"], filters: { id: [...new Set(ids)] } })
  return new Map((data as unknown as VariantRow[]).map((v) => [v.id, v]))
}

const storedLines = (lines: unknown): PortalListLineDTO[] =>
  (Array.isArray(lines) ? lines : []).filter(
    (l): l is PortalListLineDTO => !!l && typeof l === "object" && typeof (l as PortalListLineDTO).variant_id === "string"
  )

/**
 * Lists as the portal shows them: each line with its SKU and title as they are
 * today (a variant deleted since keeps the SKU and title it was saved with, so
 * the pad can name it), and who saved the list.
 */
export async function portalLists(container: MedusaContainer, rows: ListRow[]): Promise<PortalListDTO[]> {
  const variants = await variantsById(container, rows.flatMap((r) => storedLines(r.lines).map((l) => l.variant_id)))
  const who = await people(container, rows.map((r) => r.created_by))
  return rows.map((r) => ({
    id: r.id,
    institution_id: r.institution_id,
    name: r.name,
    lines: storedLines(r.lines).map((l) => {
      const v = variants.get(l.variant_id)
      return { variant_id: l.variant_id, quantity: l.quantity, sku: v ? v.sku : l.sku, title: v ? lineTitle(v) : l.title }
    }),
    created_by: who.get(r.created_by) ?? null,
    created_at: new Date(r.created_at).toISOString(),
    updated_at: new Date(r.updated_at).toISOString(),
  }))
}
