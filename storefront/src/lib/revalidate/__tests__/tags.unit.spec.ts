import { certificateCacheTags, productCacheTags, revalidationTags, supplierCacheTags } from "@fupin/shared"
import { describe, expect, it } from "vitest"
import { handleRevalidate } from "../handle"

/*
 * The backend's changes (subscribers/storefront-revalidate.ts) → the tags it sends,
 * checked against the tags the storefront's reads carry (lib/data/products.ts,
 * domain.ts, reviews.ts): a change must name a tag of each page that shows it.
 */

const productPage = (handle: string) => productCacheTags(handle) // getProductByHandle, getProductReviews
const lists = productCacheTags() // browseCatalogue / listShelves / listProductsByHandles: home, 分类, county, supplier pages
const supplierPage = (id: string) => supplierCacheTags(id) // getSupplier
const countySuppliers = supplierCacheTags() // listCountySuppliers
const certificatePage = (number: string) => certificateCacheTags(number) // getCertificate

const reaches = (sent: string[], read: string[]) => sent.some((tag) => read.includes(tag))

describe("which cached pages a backend change reaches", () => {
  it("a product or price change: its page and every list (cards show prices)", () => {
    const tags = revalidationTags({ kind: "product", handle: "dongchuan-noodles" })
    expect(tags).toEqual(["products", "product:dongchuan-noodles"])
    expect(reaches(tags, productPage("dongchuan-noodles"))).toBe(true)
    expect(reaches(tags, lists)).toBe(true)
  })

  it("a stock change: only the pages of the products it stocks, not the lists nor other products", () => {
    const tags = revalidationTags({ kind: "stock", handles: ["dongchuan-noodles", "dongchuan-noodles", ""] })
    expect(tags).toEqual(["product:dongchuan-noodles"])
    expect(reaches(tags, productPage("dongchuan-noodles"))).toBe(true)
    expect(reaches(tags, lists)).toBe(false)
    expect(reaches(tags, productPage("xundian-dried-beef"))).toBe(false)
    expect(revalidationTags({ kind: "stock", handles: [] })).toEqual([])
  })

  it("a certificate revoked: its verification page, its product's page and the lists it leaves", () => {
    const tags = revalidationTags({ kind: "certificate", number: "KMFP-2020-0001", handle: "dongchuan-noodles" })
    expect(reaches(tags, certificatePage("KMFP-2020-0001"))).toBe(true)
    expect(reaches(tags, productPage("dongchuan-noodles"))).toBe(true)
    expect(reaches(tags, lists)).toBe(true)
  })

  it("a supplier suspended: its profile, the county lists of suppliers and every page showing its products", () => {
    const tags = revalidationTags({ kind: "supplier", id: "sup_01" })
    expect(reaches(tags, supplierPage("sup_01"))).toBe(true)
    expect(reaches(tags, countySuppliers)).toBe(true)
    expect(reaches(tags, productPage("xundian-dried-beef"))).toBe(true)
    expect(reaches(tags, lists)).toBe(true)
  })

  it("every tag the backend sends is one /api/revalidate accepts", async () => {
    const changes = [
      { kind: "product", handle: "dongchuan-noodles" },
      { kind: "stock", handles: ["xundian-dried-beef"] },
      { kind: "certificate", number: "KMFP-2020-0001", handle: "dongchuan-noodles" },
      { kind: "supplier", id: "sup_01JABCDEF" },
    ] as const
    for (const change of changes) {
      const tags = revalidationTags(change)
      const revalidated: string[] = []
      const res = await handleRevalidate(
        new Request("http://shop.test/api/revalidate", {
          method: "POST",
          headers: { "content-type": "application/json", "x-revalidate-secret": "s" },
          body: JSON.stringify({ tags }),
        }),
        "s",
        (tag) => revalidated.push(tag)
      )
      expect(res.status).toBe(200)
      expect(revalidated).toEqual(tags)
    }
  })
})
