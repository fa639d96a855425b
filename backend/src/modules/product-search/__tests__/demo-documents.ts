import { countyByHandle } from "@fupin/shared"
import { DEMO_CATEGORIES, DEMO_PRODUCTS } from "../../../scripts/demo/catalogue"
import { groupOfKind } from "../../../scripts/demo/category-tree"
import { CERTIFIED_PRODUCTS, EXTRA_KINDS } from "../../../scripts/demo/certified-catalogue-data"
import { type SearchDocumentRow, toSearchDocument } from "../lib/document"

/** Index documents of the demo catalogue built without a database (for engine tests that run without PostgreSQL). */
export function demoDocuments(): SearchDocumentRow[] {
  const kinds = [...DEMO_CATEGORIES, ...EXTRA_KINDS]
  const kind = (handle: string) => {
    const k = kinds.find((c) => c.handle === handle)
    return k ? [{ handle: k.handle, name: k.name, name_en: k.name_en }] : []
  }
  const group = (kind: string) => {
    const g = groupOfKind(kind)
    return g ? [{ handle: g.handle, name: g.name, name_en: g.name_en }] : []
  }
  const county = (handle: string) => {
    const c = countyByHandle(handle)
    return c ? { handle: c.handle, name_zh: c.short_zh, full_zh: c.name_zh, name_en: c.name_en } : null
  }
  const certificate = { number: "KMFP-DEMO", status: "certified", issued_at: "2020-01-01T00:00:00.000Z", expires_at: "2099-01-01T00:00:00.000Z" }
  const base = DEMO_PRODUCTS.map((p) =>
    toSearchDocument({
      id: `prod_${p.handle}`,
      handle: p.handle,
      title: p.title,
      title_en: p.title_en,
      subtitle: p.subtitle,
      description: p.description,
      description_en: p.description_en,
      thumbnail: p.image,
      county: county(p.county_handle),
      township: p.township,
      supplier: null,
      categories: kind(p.category),
      category_groups: group(p.category),
      variants: p.variants.map((v) => ({ id: v.sku, title: v.title, price: v.price, in_stock: v.stock > 0 })),
      certificate,
      popularity: 0,
    })
  )
  const extra = CERTIFIED_PRODUCTS.map((row) =>
    toSearchDocument({
      id: `prod_${row.handle}`,
      handle: row.handle,
      title: row.title,
      title_en: row.title_en,
      subtitle: null,
      description: null,
      description_en: null,
      thumbnail: null,
      county: county(row.county_handle),
      township: row.township,
      supplier: null,
      categories: kind(row.kind),
      category_groups: group(row.kind),
      variants: [{ id: `${row.handle}-v`, title: "default", price: row.price, in_stock: true }],
      certificate,
      popularity: 0,
    })
  )
  return [...base, ...extra]
}
