import { GEOGRAPHY_MODULE } from "../../src/modules/geography"
import type GeographyModuleService from "../../src/modules/geography/service"
import { DEMO_MEMBER_PASSWORD, DEMO_MEMBERS } from "../../src/scripts/demo/institution-members"
import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { adminHeaders, call, eventually, freshCreditCode, placeOrder, storeHeaders, variantId } from "../helpers/shopping"

// Issue 12's "Done when", as one story through the real routes: a new
// producer applies with its licence, the operator approves it, its owner
// lists a product and applies for its certification, the operator approves
// both, the product is on sale and found by search, a shopper and the demo
// school buy it, the producer sees exactly its lines of both orders, ships
// them with a lot number, and both buyers see the shipment.

type Headers = { headers: Record<string, string> }
const bearer = (token: string): Headers => ({ headers: { authorization: `Bearer ${token}` } })
const password = "correct-horse-9"
const PURCHASER = DEMO_MEMBERS[0]!
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n", "latin1")
const SKU = "STORY-XD-BUCKWHEAT-500"
const XD_ERKUAI = "XUNDIAN-ERKUAI-1" // the demo's 寻甸饵块, another supplier's

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const upload = (token: string, file: { bytes: Buffer; name: string; type: string }) => {
      const data = new FormData()
      data.append("files", new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
      return call(api.post("/supplier/uploads", data, bearer(token)))
    }

    it(
      "a new producer applies, is approved, lists and certifies a product, sells it to a shopper and the demo school, ships both with a lot, and the buyers see it",
      async () => {
        const container = getContainer()
        const admin = await adminHeaders(api)
        const store = await storeHeaders(container)
        const geo = container.resolve<GeographyModuleService>(GEOGRAPHY_MODULE)
        const [xundian] = await geo.listCounties({ handle: "xundian" })
        const township = (await geo.listTownships({ county_id: xundian!.id, name: "柯渡镇" }))[0]!.id

        // 1. a new producer registers, uploads its licence with its registration token, and applies
        const email = "owner@story-producer.test"
        const registration = (await api.post("/auth/supplier/emailpass/register", { email, password })).data.token as string
        const licence = await upload(registration, { bytes: PNG, name: "营业执照.png", type: "image/png" })
        expect(licence.status).toBe(201)
        const applied = await call(
          api.post(
            "/supplier/applications",
            {
              legal_name: "寻甸县示例04荞麦种植农民专业合作社",
              credit_code: freshCreditCode(),
              type: "cooperative",
              county_handle: "xundian",
              township_id: township,
              contact_name: "示例04联系人",
              contact_phone: "13900000004",
              households_bound: 20,
              people_bound: 60,
              mechanisms: ["employment", "dividend"],
              linkage_note: "吸纳20户脱贫户务工，年底按股分红",
              member: { name: "示例04负责人" },
              documents: [{ title: "营业执照", file_id: licence.data.files[0].id }],
            },
            bearer(registration)
          )
        )
        expect(applied.status).toBe(201)
        const supplierId = applied.data.supplier.id as string
        expect(applied.data.supplier).toMatchObject({ status: "pending" })
        expect(applied.data.supplier.documents).toEqual([expect.objectContaining({ title: "营业执照", url: licence.data.files[0].url })])

        // 2. the operator finds it in the review inbox and approves it
        const inboxBefore = (await api.get("/admin/review-inbox?limit=200", admin)).data
        expect(inboxBefore.supplier_applications.map((s: { id: string }) => s.id)).toContain(supplierId)
        expect((await call(api.post(`/admin/suppliers/${supplierId}/approve`, {}, admin))).status).toBe(200)

        // 3. its owner logs in as a supplier
        const token = (await api.post("/auth/supplier/emailpass", { email, password })).data.token as string
        const me = await api.get("/supplier/me", bearer(token))
        expect(me.data.supplier).toMatchObject({ id: supplierId, status: "approved" })
        expect(me.data.member).toMatchObject({ email, role: "owner" })

        // 4. it lists a product: a proposal, not on sale
        const photo = await upload(token, { bytes: PNG, name: "buckwheat.png", type: "image/png" })
        const created = await call(
          api.post(
            "/supplier/products",
            {
              title: "示例04寻甸苦荞米",
              description: "寻甸柯渡镇高山苦荞，去壳成米",
              category_handle: "coarse-grain",
              images: [{ file_id: photo.data.files[0].id }],
              variants: [{ pack: "500g", weight_g: 500, price: 25, stock: 50, sku: SKU }],
            },
            bearer(token)
          )
        )
        expect(created.status, JSON.stringify(created.data)).toBe(201)
        const product = created.data.product
        expect(product).toMatchObject({ status: "proposed", on_sale: false })
        expect((await api.get(`/store/products?handle=${product.handle}`, store)).data.products).toEqual([])

        // 5. it applies for the product's certification with its evidence
        const report = await upload(token, { bytes: PDF, name: "质检报告.pdf", type: "application/pdf" })
        const certification = await call(
          api.post("/supplier/certifications", { product_id: product.id, evidence: [{ title: "质检报告", file_id: report.data.files[0].id }] }, bearer(token))
        )
        expect(certification.status, JSON.stringify(certification.data)).toBe(201)
        const certificateId = certification.data.certification.id as string

        // 6. the operator sees both in the review inbox and approves the listing and the certificate
        const inbox = (await api.get("/admin/review-inbox?limit=200", admin)).data
        expect(inbox.listings.map((l: { id: string }) => l.id)).toContain(product.id)
        expect(inbox.certifications.map((c: { id: string }) => c.id)).toContain(certificateId)
        const listing = await call(api.post(`/admin/listings/${product.id}/approve`, {}, admin))
        expect(listing.status, JSON.stringify(listing.data)).toBe(200)
        const certified = await call(api.post(`/admin/certifications/${certificateId}/certify`, {}, admin))
        expect(certified.status, JSON.stringify(certified.data)).toBe(200)
        const outcome = (await api.get("/supplier/certifications", bearer(token))).data.certifications
        expect(outcome).toEqual([expect.objectContaining({ id: certificateId, status: "certified" })])

        // 7. on sale, and found by search
        const onSale = (await api.get(`/store/products?handle=${product.handle}&fields=id,title,variants.id`, store)).data.products
        expect(onSale.map((p: { id: string }) => p.id)).toEqual([product.id])
        const found = await eventually(
          async () => (await call(api.get(`/store/search?q=${encodeURIComponent("苦荞米")}`, store))).data,
          (body) => JSON.stringify(body ?? {}).includes(product.id),
          60_000
        )
        expect(JSON.stringify(found)).toContain("示例04寻甸苦荞米")

        // 8a. a shopper buys it (with the demo supplier's 寻甸牛干巴 in the same cart)
        const reg = await api.post("/auth/customer/emailpass/register", { email: "shopper@story-producer.test", password })
        await api.post("/store/customers", { email: "shopper@story-producer.test", first_name: "顾客" }, { headers: { ...store.headers, authorization: `Bearer ${reg.data.token}` } })
        const shopperToken = (await api.post("/auth/customer/emailpass", { email: "shopper@story-producer.test", password })).data.token as string
        const shopper = { headers: { ...store.headers, authorization: `Bearer ${shopperToken}` } }
        const buckwheat = await variantId(api, store, product.handle)
        const beef = await variantId(api, store, "xundian-dried-beef", "250g")
        const retail = await placeOrder(
          api,
          store,
          [
            { variant_id: buckwheat, quantity: 2 },
            { variant_id: beef, quantity: 1 },
          ],
          { email: "shopper@story-producer.test", auth: { authorization: `Bearer ${shopperToken}` } }
        )

        // 8b. the demo school's purchaser buys it through the order pad, below the approval amount: placed at once
        const purchaserToken = (await api.post("/auth/customer/emailpass", { email: PURCHASER.email, password: DEMO_MEMBER_PASSWORD })).data.token as string
        const purchaser = { headers: { ...store.headers, authorization: `Bearer ${purchaserToken}` } }
        const cart = (await api.post("/store/institution/carts", {}, purchaser)).data.cart
        const put = await call(
          api.post(
            `/store/institution/carts/${cart.id}/lines`,
            { replace: true, lines: [{ sku: SKU, quantity: 10 }, { sku: XD_ERKUAI, quantity: 5 }] },
            purchaser
          )
        )
        expect(put.status, JSON.stringify(put.data)).toBe(200)
        const submitted = await call(api.post(`/store/institution/carts/${cart.id}/submit`, {}, purchaser))
        expect(submitted.status, JSON.stringify(submitted.data)).toBe(200)
        expect(submitted.data.status).toBe("placed")
        const schoolOrderId = submitted.data.order.id as string

        // 9. the producer sees exactly its lines of both orders, and nothing else of them
        const orders = (await api.get("/supplier/orders", bearer(token))).data
        expect(orders.orders.map((o: { id: string }) => o.id).sort()).toEqual([retail.id, schoolOrderId].sort())
        type Shown = { id: string; buyer: string; status: string; lines: Array<{ id: string; quantity: number }> }
        const byId = Object.fromEntries(orders.orders.map((o: Shown) => [o.id, o])) as Record<string, Shown>
        expect(byId[retail.id]!.lines).toEqual([expect.objectContaining({ title: "示例04寻甸苦荞米", quantity: 2, fulfilled_quantity: 0 })])
        expect(byId[retail.id]).toMatchObject({ buyer: "shopper", status: "to_ship" })
        expect(byId[schoolOrderId]!.lines).toEqual([expect.objectContaining({ title: "示例04寻甸苦荞米", quantity: 10, fulfilled_quantity: 0 })])
        expect(byId[schoolOrderId]).toMatchObject({ buyer: "institution", institution_name: "昆明市某中学（示例01）", status: "to_ship" })
        const text = JSON.stringify(orders)
        expect(text).not.toContain("牛干巴")
        expect(text).not.toContain("饵块")
        expect(text).not.toContain("shopper@story-producer.test")

        // 10. it ships both with a lot number
        const shipment = { lot_number: "XD-KQ-2026-12", origin_village: "寻甸县柯渡镇 示例04村", carrier: "中国邮政", tracking_number: "9800000000004" }
        for (const order of [byId[retail.id]!, byId[schoolOrderId]!]) {
          const shipped = await call(
            api.post(
              `/supplier/orders/${order.id}/fulfillments`,
              { ...shipment, items: [{ line_item_id: order.lines[0]!.id, quantity: order.lines[0]!.quantity }] },
              bearer(token)
            )
          )
          expect(shipped.status, JSON.stringify(shipped.data)).toBe(201)
          expect(shipped.data.order).toMatchObject({ status: "shipped" })
        }
        const shippedList = (await api.get("/supplier/orders?status=shipped", bearer(token))).data.orders
        expect(shippedList.map((o: { id: string }) => o.id).sort()).toEqual([retail.id, schoolOrderId].sort())

        // 11. the shopper's order shows the shipment with the lot …
        const seen = await api.get(`/store/orders/${retail.id}?fields=id,*fulfillments`, shopper)
        expect(seen.data.order.fulfillments.map((f: { metadata: Record<string, unknown> }) => f.metadata)).toEqual([
          expect.objectContaining({ lot_number: "XD-KQ-2026-12", origin_village: "寻甸县柯渡镇 示例04村", tracking_number: "9800000000004", supplier_id: supplierId }),
        ])
        // … and so do the school's: the purchaser's order page and the institution's order list
        const school = await api.get(`/store/orders/${schoolOrderId}?fields=id,*fulfillments`, purchaser)
        expect(school.data.order.fulfillments.map((f: { metadata: Record<string, unknown> }) => f.metadata)).toEqual([
          expect.objectContaining({ lot_number: "XD-KQ-2026-12", tracking_number: "9800000000004", supplier_id: supplierId }),
        ])
        const portal = (await api.get("/store/institution/orders", purchaser)).data.orders
        const listed = portal.find((o: { id: string }) => o.id === schoolOrderId)
        expect(listed.shipments).toEqual([
          expect.objectContaining({ supplier_name: "寻甸县示例04荞麦种植农民专业合作社", lot_number: "XD-KQ-2026-12", tracking_number: "9800000000004", carrier: "中国邮政" }),
        ])
      },
      600_000
    )
  },
})
