import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { creditCodeCheckChar } from "@fupin/shared"
import { linkProductsToSuppliers } from "../../src/scripts/demo/suppliers"
import { SUPPLIER_MODULE } from "../../src/modules/supplier"
import type SupplierModuleService from "../../src/modules/supplier/service"
import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { adminHeaders, call, storeHeaders } from "../helpers/shopping"

const YEAR = 365 * 86_400_000
const day = (offset: number) => new Date(Date.now() + offset).toISOString().slice(0, 10)

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }
    let approvedSupplier: { id: string; legal_name: string }
    let pendingSupplier: { id: string }
    let n = 0

    const suppliers = () => getContainer().resolve<SupplierModuleService>(SUPPLIER_MODULE)

    /** A producer's new listing as the portal leaves it: a `proposed` product of the supplier, with its new-listing request. */
    async function proposeListing(supplierId: string) {
      const handle = `review-test-${Date.now().toString(36)}-${++n}`
      const { result } = await createProductsWorkflow(getContainer()).run({
        input: { products: [{ title: `寻甸示例荞麦面（测试${n}）`, handle, status: ProductStatus.PROPOSED, options: [{ title: "规格", values: ["500g"] }] }] },
      })
      const product = result[0]!
      await linkProductsToSuppliers(getContainer(), [{ product_id: product.id, supplier_id: supplierId }])
      const request = await suppliers().createProductChangeRequests({ product_id: product.id, supplier_id: supplierId, kind: "new_listing", changes: {} })
      return { product, request }
    }

    async function applyForCertificate(productId: string, supplierId: string) {
      const res = await api.post(
        "/admin/certifications",
        {
          product_id: productId,
          supplier_id: supplierId,
          number: `KMFP-TEST-${Date.now().toString(36).toUpperCase()}-${n}`,
          certifying_office: "昆明市扶贫开发办公室",
          county_handle: "xundian",
          issued_at: day(-1000),
          expires_at: day(YEAR),
        },
        admin
      )
      return res.data.certificate as { id: string }
    }

    const inbox = async () => (await api.get("/admin/review-inbox?limit=200", admin)).data
    const productStatus = async (id: string) => (await getContainer().resolve(Modules.PRODUCT).retrieveProduct(id)).status

    beforeAll(async () => {
      admin = await adminHeaders(api)
      store = await storeHeaders(getContainer())
      const [approved] = await suppliers().listSuppliers({ status: "approved", demo: true }, { take: 1 })
      approvedSupplier = approved!
      const first17 = `93530129MA${String(Date.now() % 10_000_000).padStart(7, "0")}`
      const created = await api.post(
        "/admin/suppliers",
        { legal_name: "禄劝县示例养蜂专业合作社（待审核测试）", credit_code: first17 + creditCodeCheckChar(first17), type: "cooperative", county_handle: "luquan" },
        admin
      )
      pendingSupplier = created.data.supplier
    })

    describe("GET /admin/review-inbox", () => {
      it("lists new listings with what keeps them off sale, change requests, certification and supplier applications", async () => {
        const { product } = await proposeListing(approvedSupplier.id)
        const certificate = await applyForCertificate(product.id, approvedSupplier.id)
        const [live] = await getContainer().resolve(Modules.PRODUCT).listProducts({ status: ProductStatus.PUBLISHED }, { take: 1 })
        const change = await suppliers().createProductChangeRequests({
          product_id: live!.id,
          supplier_id: approvedSupplier.id,
          kind: "update",
          changes: { title: `${live!.title}（新包装）` },
          previous: { title: live!.title },
        })

        const body = await inbox()
        const listing = body.listings.find((l: { id: string }) => l.id === product.id)
        expect(listing).toMatchObject({ supplier: { id: approvedSupplier.id }, certificate: { id: certificate.id, status: "applied" } })
        expect(listing.not_published_because).toEqual([expect.stringMatching(/^认定证书 KMFP-TEST-.+ 待审核$/)])
        expect(body.change_requests).toContainEqual(
          expect.objectContaining({ id: change.id, product: expect.objectContaining({ id: live!.id, title: live!.title }), changes: { title: `${live!.title}（新包装）` } })
        )
        expect(body.certifications.map((c: { id: string }) => c.id)).toContain(certificate.id)
        expect(body.supplier_applications.map((s: { id: string }) => s.id)).toContain(pendingSupplier.id)
        // the demo's own review queues are there too, counted in full
        expect(body.counts.supplier_applications).toBeGreaterThanOrEqual(body.supplier_applications.length)
        expect(body.counts.listings).toBe(body.listings.length)
      })

      it("is for operators only", async () => {
        expect((await call(api.get("/admin/review-inbox"))).status).toBe(401)
        expect((await call(api.get("/admin/review-inbox", store))).status).toBe(401)
      })
    })

    describe("POST /admin/listings/:id/approve | reject", () => {
      it("approved while its certificate is pending: a draft, not on sale, saying why; certified later, it goes on sale", async () => {
        const { product, request } = await proposeListing(approvedSupplier.id)
        const certificate = await applyForCertificate(product.id, approvedSupplier.id)

        const res = await api.post(`/admin/listings/${product.id}/approve`, {}, admin)
        expect(res.data.listing).toEqual({
          product_id: product.id,
          status: "draft",
          published: false,
          not_published_because: [expect.stringMatching(/待审核$/)],
        })
        expect(await productStatus(product.id)).toBe("draft")
        expect((await suppliers().retrieveProductChangeRequest(request.id)).status).toBe("approved")
        expect((await inbox()).listings.map((l: { id: string }) => l.id)).not.toContain(product.id)

        await api.post(`/admin/certifications/${certificate.id}/certify`, {}, admin)
        expect(await productStatus(product.id)).toBe("published")
      })

      it("certifying records the number the office issued in place of the application number: well-formed, unique, in the audit trail", async () => {
        const { product } = await proposeListing(approvedSupplier.id)
        const certificate = await applyForCertificate(product.id, approvedSupplier.id)
        const path = `/admin/certifications/${certificate.id}/certify`
        const before = (await api.get(`/admin/certifications/${certificate.id}`, admin)).data.certificate

        const malformed = await call(api.post(path, { number: "KMFP 2026/01" }, admin))
        expect(malformed.status).toBe(400)
        expect(malformed.data.message).toMatch(/number/)
        const { certificates } = (await api.get("/admin/certifications?status=certified&limit=1", admin)).data
        const taken = await call(api.post(path, { number: certificates[0].number }, admin))
        expect(taken.status).toBe(400)
        expect(taken.data.message).toMatch(new RegExp(`^number: 证书编号 ${certificates[0].number} 已被使用`))
        expect((await api.get(`/admin/certifications/${certificate.id}`, admin)).data.certificate).toMatchObject({ status: "applied", number: before.number })

        const issued = `KMFP-2026-T${Date.now().toString(36).toUpperCase()}`
        const ok = await call(api.post(path, { number: issued }, admin))
        expect(ok.status, JSON.stringify(ok.data)).toBe(200)
        expect(ok.data.certificate).toMatchObject({ status: "certified", number: issued })
        const events = ok.data.certificate.events as Array<{ action: string; data: Record<string, string> | null }>
        expect(events.at(-1)).toMatchObject({ action: "certify", data: { previous_number: before.number, number: issued } })
        // the public certificate page answers to the issued number
        const page = await call(api.get(`/store/certifications/${issued}`, store))
        expect(page.status).toBe(200)
      })

      it("certifying a listing nobody reviewed yet does not publish it; approving it then does", async () => {
        const { product } = await proposeListing(approvedSupplier.id)
        const certificate = await applyForCertificate(product.id, approvedSupplier.id)
        await api.post(`/admin/certifications/${certificate.id}/certify`, {}, admin)
        expect(await productStatus(product.id)).toBe("proposed")

        const res = await api.post(`/admin/listings/${product.id}/approve`, {}, admin)
        expect(res.data.listing).toMatchObject({ status: "published", published: true, not_published_because: [] })
        const sold = await api.get(`/store/products?handle=${product.handle}&fields=id`, store)
        expect(sold.data.products.map((p: { id: string }) => p.id)).toEqual([product.id])
      })

      it("does not publish a certified listing of a supplier still waiting for approval", async () => {
        const { product } = await proposeListing(pendingSupplier.id)
        const certificate = await applyForCertificate(product.id, pendingSupplier.id)
        await api.post(`/admin/certifications/${certificate.id}/certify`, {}, admin)
        const res = await api.post(`/admin/listings/${product.id}/approve`, {}, admin)
        expect(res.data.listing).toMatchObject({ status: "draft", published: false, not_published_because: ["供应商待审核"] })
      })

      it("rejects with the reason the producer sees, and only a listing waiting for review", async () => {
        const { product, request } = await proposeListing(approvedSupplier.id)
        const noReason = await call(api.post(`/admin/listings/${product.id}/reject`, {}, admin))
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/reason/)

        const res = await api.post(`/admin/listings/${product.id}/reject`, { reason: "图片与商品不符，请重新拍摄" }, admin)
        expect(res.data.listing).toMatchObject({ status: "rejected", published: false })
        expect(await productStatus(product.id)).toBe("rejected")
        expect(await suppliers().retrieveProductChangeRequest(request.id)).toMatchObject({ status: "rejected", reason: "图片与商品不符，请重新拍摄" })

        const again = await call(api.post(`/admin/listings/${product.id}/approve`, {}, admin))
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/^listing: .*不在待审核状态/)
      })

      it("answers 404 for a product that does not exist", async () => {
        expect((await call(api.post("/admin/listings/prod_missing/approve", {}, admin))).status).toBe(404)
      })
    })

    describe("POST /admin/change-requests/:id/approve | reject", () => {
      async function requestChange(title: string) {
        const [live] = await getContainer().resolve(Modules.PRODUCT).listProducts({ status: ProductStatus.PUBLISHED }, { take: 1, skip: ++n })
        const request = await suppliers().createProductChangeRequests({
          product_id: live!.id,
          supplier_id: approvedSupplier.id,
          kind: "update",
          changes: { title, description: "新的商品介绍（测试）" },
          previous: { title: live!.title, description: live!.description },
        })
        return { live: live!, request }
      }

      it("approving applies the title and description to the live listing, once", async () => {
        const { live, request } = await requestChange("寻甸牛干巴 · 新包装（测试）")
        const res = await api.post(`/admin/change-requests/${request.id}/approve`, {}, admin)
        expect(res.data.change_request).toMatchObject({ id: request.id, status: "approved", reviewed_by: expect.stringMatching(/^user_/) })
        const product = await getContainer().resolve(Modules.PRODUCT).retrieveProduct(live.id)
        expect(product).toMatchObject({ title: "寻甸牛干巴 · 新包装（测试）", description: "新的商品介绍（测试）", status: "published" })

        const again = await call(api.post(`/admin/change-requests/${request.id}/approve`, {}, admin))
        expect(again.status).toBe(400)
        expect(again.data.message).toBe("change_request: 该修改申请已通过，不能再次审核")
      })

      it("rejecting keeps the listing as it was and records the reason", async () => {
        const { live, request } = await requestChange("夸大宣传的标题（测试）")
        const res = await api.post(`/admin/change-requests/${request.id}/reject`, { reason: "标题不得使用绝对化用语" }, admin)
        expect(res.data.change_request).toMatchObject({ status: "rejected", reason: "标题不得使用绝对化用语" })
        expect((await getContainer().resolve(Modules.PRODUCT).retrieveProduct(live.id)).title).toBe(live.title)
      })

      it("answers 404 for a change request that does not exist", async () => {
        expect((await call(api.post("/admin/change-requests/pcr_missing/reject", { reason: "不存在" }, admin))).status).toBe(404)
      })
    })

    describe("auto-approval per supplier", () => {
      it("is set on the supplier by the operator and read back", async () => {
        const res = await api.post(`/admin/suppliers/${approvedSupplier.id}`, { auto_approve: true }, admin)
        expect(res.data.supplier.auto_approve).toBe(true)
        expect((await api.get(`/admin/suppliers/${approvedSupplier.id}`, admin)).data.supplier.auto_approve).toBe(true)
        const bad = await call(api.post(`/admin/suppliers/${approvedSupplier.id}`, { auto_approve: "yes" }, admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/auto_approve/)
      })
    })
  },
})
