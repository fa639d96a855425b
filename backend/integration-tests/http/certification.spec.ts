import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import expireCertificatesJob from "../../src/jobs/expire-certificates"
import { CERTIFICATION_MODULE } from "../../src/modules/certification"
import type CertificationModuleService from "../../src/modules/certification/service"
import { createStep, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordCertificateEventsStep } from "../../src/workflows/certification/steps/record-certificate-events"
import { syncProductStatusStep } from "../../src/workflows/certification/steps/sync-product-status"
import { updateCertificatesStep } from "../../src/workflows/certification/steps/update-certificates"
import { validateCertificateTransitionStep } from "../../src/workflows/certification/steps/validate-certificate-transition"
import { adminHeaders, KUNMING_ADDRESS, storeHeaders, variantId } from "../helpers/shopping"

/** The suspend workflow's steps followed by a step that fails: everything before it must be undone. */
const failAfterUnpublishStep = createStep("test-fail-after-unpublish", async () => {
  throw new Error("a later step failed")
})
const suspendThenFailWorkflow = createWorkflow("test-suspend-then-fail", (input: { ids: string[]; actor: string; reason: string }) => {
  const plan = validateCertificateTransitionStep(transform({ input }, ({ input }) => ({ ...input, action: "suspend" as const })))
  updateCertificatesStep(transform({ plan }, ({ plan }) => ({ updates: plan.updates })))
  recordCertificateEventsStep(transform({ plan }, ({ plan }) => ({ events: plan.events })))
  syncProductStatusStep(transform({ input }, ({ input }) => ({ certificate_ids: input.ids })))
  failAfterUnpublishStep()
  return new WorkflowResponse(plan)
})

type Headers = { headers: Record<string, string> }
type Event = { action: string; from_status: string | null; to_status: string; actor: string; reason: string | null; data: Record<string, string> | null }

const DAY = 86_400_000
const isoIn = (days: number) => new Date(Date.now() + days * DAY).toISOString()

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let store: Headers
    let admin: Headers
    let adminId = ""

    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
    type Res = { status: number; data: any }
    // The runner's client throws on 4xx; tests read the response instead.
    const call = (p: Promise<Res>): Promise<Res> => p.catch((e: { response: Res }) => e.response)
    // Where a step must succeed, fail with the server's message rather than a bare status.
    const ok = (p: Promise<Res>): Promise<Res> =>
      p.catch((e: { message: string; response?: Res }) => {
        throw new Error(`${e.message}: ${JSON.stringify(e.response?.data)}`)
      })
    const certification = () => getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE)

    async function certificateOf(handle: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id", "status", "certificate.*"], filters: { handle } })
      const product = data[0] as unknown as { id: string; status: string; certificate: { id: string; number: string; status: string } }
      return { product, certificate: product.certificate }
    }
    const onStorefront = async (handle: string) => (await api.get(`/store/products?handle=${handle}&fields=id`, store)).data.count === 1
    const storeCount = async () => (await api.get("/store/products?limit=1&fields=id", store)).data.count as number

    /** A cart holding the product, ready to complete: address, shipping and payment done. */
    async function readyCart(handle: string) {
      const regions = await api.get("/store/regions", store)
      const region = regions.data.regions.find((r: { currency_code: string }) => r.currency_code === "cny")
      const cart = (await ok(api.post("/store/carts", { region_id: region.id, email: "buyer@example.com" }, store))).data.cart
      await ok(api.post(`/store/carts/${cart.id}/line-items`, { variant_id: await variantId(api, store, handle), quantity: 1 }, store))
      await ok(api.post(`/store/carts/${cart.id}`, { shipping_address: KUNMING_ADDRESS, billing_address: KUNMING_ADDRESS }, store))
      const options = await ok(api.get(`/store/shipping-options?cart_id=${cart.id}`, store))
      const home = options.data.shipping_options.find((o: { name: string }) => o.name === "快递到家") ?? options.data.shipping_options[0]
      await ok(api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: home.id }, store))
      const collection = (await ok(api.post("/store/payment-collections", { cart_id: cart.id }, store))).data.payment_collection
      await ok(api.post(`/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store))
      return cart.id as string
    }

    async function suspend(handle: string, reason = "抽检待复核") {
      const { certificate } = await certificateOf(handle)
      await ok(api.post(`/admin/certifications/${certificate.id}/suspend`, { reason }, admin))
      return certificate
    }

    // Medusa's runner restores the seeded database before every test: each test sets up what it needs.
    beforeAll(async () => {
      const container = getContainer()
      store = await storeHeaders(container)
      admin = await adminHeaders(api)
      adminId = (await api.get("/admin/users/me", admin)).data.user.id
    })

    describe("the demo certified catalogue", () => {
      it("sells exactly the 126 products with valid certificates, over 38 kinds, 13 of them geographical indications", async () => {
        expect(await storeCount()).toBe(126)
        const certified = await api.get("/admin/certifications?status=certified&limit=1", admin)
        expect(certified.data.count).toBe(126)
        const all = await api.get("/store/products?limit=200&fields=id,+metadata,*categories", store)
        const kinds = new Set(all.data.products.flatMap((p: { categories: Array<{ handle: string }> }) => p.categories.map((c) => c.handle)))
        expect(kinds.size).toBe(38)
        expect(all.data.products.filter((p: { metadata: { gi?: boolean } }) => p.metadata.gi === true)).toHaveLength(13)
        const featured = all.data.products.filter((p: { metadata: { featured?: boolean } }) => p.metadata.featured)
        expect(featured.map((p: { metadata: { national_catalogue: string } }) => p.metadata.national_catalogue)).toEqual(["全国乡村特色产品", "全国乡村特色产品"])
      })

      it("shows the lifecycle: pending, suspended, expired and revoked certificates whose products are not on sale", async () => {
        for (const [status, count] of [["applied", 3], ["suspended", 1], ["expired", 2], ["revoked", 1]] as const) {
          const res = await api.get(`/admin/certifications?status=${status}`, admin)
          expect(res.data.count).toBe(count)
          for (const c of res.data.certificates) expect(c.product.status).toBe("draft")
        }
      })

      it("gives the storefront certificate, supplier and origin through fields=, never supplier contacts", async () => {
        const res = await api.get("/store/products?handle=xundian-dried-beef&fields=title,+metadata,*certificate,*supplier", store)
        const beef = res.data.products[0]
        expect(beef.certificate).toMatchObject({ number: "KMFP-2020-0002", status: "certified", county_handle: "xundian" })
        expect(beef.certificate.certifying_office).toContain("寻甸")
        expect(beef.certificate.issued_at).toBeTruthy()
        expect(beef.certificate.evidence).toBeUndefined()
        expect(beef.supplier.legal_name).toBeTruthy()
        expect(beef.supplier.county_handle).toBe("xundian")
        expect(beef.supplier).not.toHaveProperty("contact_phone")
        expect(beef.supplier).not.toHaveProperty("credit_code")
        expect(beef.metadata).toMatchObject({ county_handle: "xundian", township: "柯渡镇", featured: true, gi: true })
        const asked = await api.get("/store/products?handle=xundian-dried-beef&fields=supplier.contact_phone", store)
        expect(asked.data.products[0].supplier?.contact_phone).toBeUndefined()
      })
    })

    describe("admin API", () => {
      it("refuses callers who are not signed in", async () => {
        expect((await call(api.get("/admin/certifications"))).status).toBe(401)
        expect((await call(api.post("/admin/certifications/cert_x/suspend", { reason: "x" }, store))).status).toBe(401)
      })

      it("lists with filters and pagination: county, number, expiring within 30 days", async () => {
        const page = await api.get("/admin/certifications?county_handle=xundian&limit=5&offset=5", admin)
        expect(page.data).toMatchObject({ offset: 5, limit: 5 })
        expect(page.data.certificates).toHaveLength(5)
        expect(page.data.count).toBe(38) // 36 certified, 1 applied, 1 revoked
        expect(page.data.certificates.every((c: { county_handle: string }) => c.county_handle === "xundian")).toBe(true)

        const byNumber = await api.get("/admin/certifications?q=2020-0001", admin)
        expect(byNumber.data.certificates.map((c: { number: string }) => c.number)).toEqual(["KMFP-2020-0001"])
        expect(byNumber.data.certificates[0].product.title).toBe("东川面条")

        const soon = await api.get("/admin/certifications?expiring_within_days=30&order=expires_at", admin)
        expect(soon.data.certificates.map((c: { product: { handle: string } }) => c.product.handle)).toEqual([
          "luquan-oat-rice",
          "xundian-strawberries",
          "dongchuan-pumpkins",
        ])
        const bad = await call(api.get("/admin/certifications?status=approved", admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("status")
      })
    })

    describe("paging a list whose rows tie on their order", () => {
      it("shows every certificate once, newest first and then by id, however the pages fall", async () => {
        // the demo writes its certificates in batches, one transaction each; here all of 寻甸's share one instant
        const knex = dbConnection as unknown as { raw: (sql: string) => Promise<unknown> }
        await knex.raw("update certificate set created_at = '2026-01-01T00:00:00Z' where county_handle = 'xundian'")
        const seen: string[] = []
        for (let offset = 0; ; offset += 7) {
          const page = await api.get(`/admin/certifications?county_handle=xundian&limit=7&offset=${offset}&fields=id`, admin)
          seen.push(...page.data.certificates.map((c: { id: string }) => c.id))
          if (offset + 7 >= page.data.count) break
        }
        expect(seen).toHaveLength(38)
        expect(new Set(seen).size).toBe(38)
        expect(seen).toEqual([...seen].sort().reverse())
      })
    })

    describe("public verification (the QR code on the package)", () => {
      it("confirms a valid certificate with its office, county, product and supplier", async () => {
        const res = await api.get("/store/certifications/KMFP-2020-0001", store)
        expect(res.data.certificate).toMatchObject({
          number: "KMFP-2020-0001",
          status: "certified",
          valid_now: true,
          county: { handle: "dongchuan", name_zh: "东川区" },
          product: { title: "东川面条", handle: "dongchuan-noodles" },
        })
        expect(res.data.certificate.certifying_office).toContain("东川区")
        expect(res.data.certificate.supplier.name).toBeTruthy()
        expect(JSON.stringify(res.data)).not.toMatch(/contact|credit_code|evidence/)
      })

      it("answers 404 for an unknown number and tells a revoked certificate is not valid", async () => {
        const unknown = await call(api.get("/store/certifications/KMFP-1999-0001", store))
        expect(unknown.status).toBe(404)
        const revoked = (await api.get("/admin/certifications?status=revoked", admin)).data.certificates[0]
        const res = await api.get(`/store/certifications/${revoked.number}`, store)
        expect(res.data.certificate).toMatchObject({ status: "revoked", valid_now: false })
      })
    })

    describe("lifecycle", () => {
      it("suspends with a reason: the product leaves the storefront at once and a cart holding it cannot complete", async () => {
        const cartId = await readyCart("dongchuan-walnuts")
        const { certificate } = await certificateOf("dongchuan-walnuts")

        const noReason = await call(api.post(`/admin/certifications/${certificate.id}/suspend`, {}, admin))
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toContain("reason")

        const res = await api.post(`/admin/certifications/${certificate.id}/suspend`, { reason: "抽检待复核" }, admin)
        expect(res.data.certificate).toMatchObject({ status: "suspended", status_reason: "抽检待复核" })
        expect(res.data.certificate.product.status).toBe("draft")
        expect(await onStorefront("dongchuan-walnuts")).toBe(false)
        expect(await storeCount()).toBe(125)

        const complete = await call(api.post(`/store/carts/${cartId}/complete`, {}, store))
        expect(complete.status).toBe(400)
        expect(complete.data.message).toContain("「东川薄壳核桃」的扶贫产品认定已暂停，无法下单")

        const detail = await api.get(`/admin/certifications/${certificate.id}`, admin)
        const last = detail.data.certificate.events.at(-1) as Event
        expect(last).toMatchObject({ action: "suspend", from_status: "certified", to_status: "suspended", actor: adminId, reason: "抽检待复核" })
      })

      it("refuses to add a product whose certificate is suspended to a cart, naming it", async () => {
        await suspend("dongchuan-walnuts")
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "product", fields: ["variants.id"], filters: { handle: "dongchuan-walnuts" } })
        const variant = (data[0] as unknown as { variants: Array<{ id: string }> }).variants[0]!.id
        const regions = await api.get("/store/regions", store)
        const cart = (await api.post("/store/carts", { region_id: regions.data.regions[0].id }, store)).data.cart
        const res = await call(api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variant, quantity: 1 }, store))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("「东川薄壳核桃」的扶贫产品认定已暂停")
      })

      it("reinstates: the product is published again and can be ordered", async () => {
        const certificate = await suspend("dongchuan-walnuts")
        expect(await onStorefront("dongchuan-walnuts")).toBe(false)
        const res = await ok(api.post(`/admin/certifications/${certificate.id}/reinstate`, {}, admin))
        expect(res.data.certificate).toMatchObject({ status: "certified", status_reason: null })
        expect(await onStorefront("dongchuan-walnuts")).toBe(true)
        const cartId = await readyCart("dongchuan-walnuts")
        const done = await ok(api.post(`/store/carts/${cartId}/complete`, {}, store))
        expect(done.data.type).toBe("order")
      })

      it("suspending a supplier takes all its products off sale and stops carts holding them; reinstating brings them back", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "product", fields: ["supplier.id"], filters: { handle: "dongchuan-walnuts" } })
        const linked = (data[0] as unknown as { supplier: { id: string } | Array<{ id: string }> }).supplier
        const supplierId = (Array.isArray(linked) ? linked[0] : linked)!.id
        const { data: suppliers } = await query.graph({ entity: "supplier", fields: ["products.handle", "products.status"], filters: { id: supplierId } })
        const products = (suppliers[0] as unknown as { products: Array<{ handle: string; status: string }> }).products
        const onSale = products.filter((p) => p.status === "published")
        expect(onSale.length).toBeGreaterThan(0)
        const cartId = await readyCart("dongchuan-walnuts")

        await ok(api.post(`/admin/suppliers/${supplierId}/suspend`, { note: "产品抽检不合格（测试）" }, admin))
        expect(await storeCount()).toBe(126 - onSale.length)
        for (const p of onSale) expect(await onStorefront(p.handle)).toBe(false)
        const complete = await call(api.post(`/store/carts/${cartId}/complete`, {}, store))
        expect(complete.status).toBe(400)
        expect(complete.data.message).toContain("「东川薄壳核桃」的供应商已暂停供货，无法下单")

        await ok(api.post(`/admin/suppliers/${supplierId}/reinstate`, {}, admin))
        expect(await storeCount()).toBe(126)
        for (const p of onSale) expect(await onStorefront(p.handle)).toBe(true)
        expect((await ok(api.post(`/store/carts/${cartId}/complete`, {}, store))).data.type).toBe("order")
      })

      it("revokes for good: the product leaves the storefront and nothing brings the certificate back", async () => {
        const { certificate } = await certificateOf("luquan-chestnuts")
        const res = await api.post(`/admin/certifications/${certificate.id}/revoke`, { reason: "虚假带贫材料" }, admin)
        expect(res.data.certificate.status).toBe("revoked")
        expect(await onStorefront("luquan-chestnuts")).toBe(false)

        for (const [action, body] of [["certify", {}], ["reinstate", {}], ["renew", { expires_at: isoIn(365) }]] as const) {
          const refused = await call(api.post(`/admin/certifications/${certificate.id}/${action}`, body, admin))
          expect(refused.status).toBe(400)
          expect(refused.data.message).toContain(`cannot ${action} a certificate that is revoked`)
        }
        expect((await certificateOf("luquan-chestnuts")).certificate.status).toBe("revoked")
        expect(await onStorefront("luquan-chestnuts")).toBe(false)
      })

      it("renews an expired certificate with a new expiry: the product comes back", async () => {
        const expired = (await api.get("/admin/certifications?status=expired", admin)).data.certificates[0]
        expect(await onStorefront(expired.product.handle)).toBe(false)

        const past = await call(api.post(`/admin/certifications/${expired.id}/renew`, { expires_at: isoIn(-1) }, admin))
        expect(past.status).toBe(400)
        expect(past.data.message).toContain("expires_at")

        const newExpiry = isoIn(730)
        const res = await api.post(`/admin/certifications/${expired.id}/renew`, { expires_at: newExpiry, reason: "补充材料后续期" }, admin)
        expect(res.data.certificate).toMatchObject({ status: "certified" })
        expect(new Date(res.data.certificate.expires_at).toISOString()).toBe(newExpiry)
        expect(await onStorefront(expired.product.handle)).toBe(true)
        const last = res.data.certificate.events.at(-1) as Event
        expect(last).toMatchObject({ action: "renew", from_status: "expired", to_status: "certified", actor: adminId })
        expect(last.data!.expires_at).toBe(newExpiry)
        expect(new Date(last.data!.previous_expires_at!).getTime()).toBeLessThan(Date.now())
      })

      it("rolls back both sides when a later step fails: certificate certified again, product back on sale, no audit line", async () => {
        const { certificate } = await certificateOf("luquan-wild-honey")
        const before = (await certification().listCertificateEvents({ certificate_id: certificate.id })).length
        const { errors } = await suspendThenFailWorkflow(getContainer()).run({
          input: { ids: [certificate.id], actor: adminId, reason: "测试回滚" },
          throwOnError: false,
        })
        expect(errors[0]?.error.message).toContain("a later step failed")
        const after = await certificateOf("luquan-wild-honey")
        expect(after.certificate).toMatchObject({ status: "certified", status_reason: null })
        expect(after.product.status).toBe("published")
        expect(await onStorefront("luquan-wild-honey")).toBe(true)
        expect(await certification().listCertificateEvents({ certificate_id: certificate.id })).toHaveLength(before)
      })

      it("expires past-dated certificates in the daily job: off the storefront, recorded as done by the system", async () => {
        const { certificate, product } = await certificateOf("xundian-honeysuckle")
        await certification().updateCertificates({ id: certificate.id, expires_at: new Date(Date.now() - DAY) })

        const expiredNumbers = await expireCertificatesJob(getContainer())
        expect(expiredNumbers).toEqual([certificate.number])

        const detail = await api.get(`/admin/certifications/${certificate.id}`, admin)
        expect(detail.data.certificate.status).toBe("expired")
        expect(detail.data.certificate.product).toMatchObject({ id: product.id, status: "draft" })
        expect(detail.data.certificate.events.at(-1)).toMatchObject({ action: "expire", from_status: "certified", to_status: "expired", actor: "system" })
        expect(await onStorefront("xundian-honeysuckle")).toBe(false)
        expect(await expireCertificatesJob(getContainer())).toEqual([])
      })
    })

    describe("applying for a new product", () => {
      let productId = ""
      const body = () => ({
        product_id: productId,
        number: "KMFP-2026-0001",
        certifying_office: "寻甸回族彝族自治县扶贫开发领导小组办公室（测试）",
        county_handle: "xundian",
        issued_at: "2026-01-01",
        expires_at: isoIn(900),
        evidence: [{ title: "检验报告", url: "https://example.invalid/report.pdf" }],
      })

      // a product an operator adds by hand, published before anyone checked it
      beforeEach(async () => {
        const product = await ok(api.post(
          "/admin/products",
          { title: "寻甸牛骨汤料（测试）", status: "published", options: [{ title: "规格", values: ["500g"] }], variants: [{ title: "500g", options: { 规格: "500g" }, prices: [{ amount: 30, currency_code: "cny" }] }] },
          admin
        ))
        productId = product.data.product.id
      })

      it("refuses bad input with a 400 naming the field, writing nothing", async () => {
        const cases: Array<[Record<string, unknown>, string]> = [
          [{ number: "KMFP-2020-0001" }, "number"],
          [{ issued_at: "2026-06-01", expires_at: "2026-05-01" }, "expires_at"],
          [{ county_handle: "atlantis" }, "county_handle"],
          [{ product_id: "prod_missing" }, "product_id"],
          [{ colour: "red" }, "colour"],
        ]
        for (const [patch, field] of cases) {
          const res = await call(api.post("/admin/certifications", { ...body(), ...patch }, admin))
          expect(res.status).toBeGreaterThanOrEqual(400)
          expect(res.status).toBeLessThan(500)
          expect(res.data.message).toContain(field)
        }
        const existing = (await certificateOf("xundian-rice")).product.id
        const twice = await call(api.post("/admin/certifications", { ...body(), product_id: existing }, admin))
        expect(twice.status).toBe(400)
        expect(twice.data.message).toContain("product_id")
        expect(await certification().listCertificates({ number: "KMFP-2026-0001" })).toHaveLength(0)
        expect((await ok(api.get(`/admin/products/${productId}`, admin))).data.product.status).toBe("published")
      })

      it("applies (pending, off the storefront), then certifies (on sale), with the whole audit trail", async () => {
        const applied = await ok(api.post("/admin/certifications", body(), admin))
        expect(applied.status).toBe(201)
        const id = applied.data.certificate.id
        expect(id).toMatch(/^cert_/)
        expect(applied.data.certificate).toMatchObject({ status: "applied", evidence: [{ title: "检验报告" }] })
        expect(applied.data.certificate.product).toMatchObject({ id: productId, status: "draft" })

        const certified = await api.post(`/admin/certifications/${id}/certify`, { reason: "材料齐全" }, admin)
        expect(certified.data.certificate.status).toBe("certified")
        expect(certified.data.certificate.product.status).toBe("published")
        const events = certified.data.certificate.events as Event[]
        expect(events.map((e) => [e.action, e.from_status, e.to_status, e.actor])).toEqual([
          ["apply", null, "applied", adminId],
          ["certify", "applied", "certified", adminId],
        ])
        expect(events[1]!.reason).toBe("材料齐全")

        const verify = await api.get("/store/certifications/KMFP-2026-0001", store)
        expect(verify.data.certificate).toMatchObject({ valid_now: true, product: { title: "寻甸牛骨汤料（测试）" } })

        const again = await call(api.post(`/admin/certifications/${id}/certify`, {}, admin))
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("cannot certify a certificate that is certified")
      })

      it("answers 404 for an unknown certificate", async () => {
        expect((await call(api.get("/admin/certifications/cert_unknown", admin))).status).toBe(404)
        expect((await call(api.post("/admin/certifications/cert_unknown/certify", {}, admin))).status).toBe(404)
      })
    })
  },
})
