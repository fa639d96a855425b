import { Modules } from "@medusajs/framework/utils"
import { GEOGRAPHY_MODULE } from "../../src/modules/geography"
import type GeographyModuleService from "../../src/modules/geography/service"
import { DEMO_SUPPLIER_OWNER, DEMO_SUPPLIER_PRODUCT_HANDLE } from "../../src/scripts/demo/supplier-portal"
import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { adminHeaders, call, freshCreditCode, placeOrder, storeHeaders } from "../helpers/shopping"

// Issue 12: producers get in. The producer portal's API (/supplier/*) as a
// new producer, the demo supplier's owner, its staff, another supplier's
// member, a shopper and nobody see it.

type Headers = { headers: Record<string, string> }
const bearer = (token: string): Headers => ({ headers: { authorization: `Bearer ${token}` } })
const password = "correct-horse-9"

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Headers
    let township = ""

    async function register(email: string): Promise<string> {
      return (await api.post("/auth/supplier/emailpass/register", { email, password })).data.token as string
    }
    async function login(email: string, pass = password): Promise<string> {
      return (await api.post("/auth/supplier/emailpass", { email, password: pass })).data.token as string
    }
    const application = (over: Record<string, unknown> = {}) => ({
      legal_name: "寻甸县示例02种养殖农民专业合作社",
      credit_code: freshCreditCode(),
      type: "cooperative",
      county_handle: "xundian",
      township_id: township,
      contact_name: "示例02联系人",
      contact_phone: "13900000002",
      households_bound: 12,
      people_bound: 40,
      mechanisms: ["employment", "dividend"],
      linkage_note: "吸纳12户脱贫户务工，年底按股分红",
      member: { name: "示例02负责人" },
      ...over,
    })
    /** A producer that applied and was approved: its owner's login token. */
    async function approvedProducer(email: string) {
      const reg = await register(email)
      const applied = await api.post("/supplier/applications", application(), bearer(reg))
      await api.post(`/admin/suppliers/${applied.data.supplier.id}/approve`, {}, admin)
      return { token: await login(email), supplier_id: applied.data.supplier.id as string }
    }

    beforeAll(async () => {
      const container = getContainer()
      admin = await adminHeaders(api)
      store = await storeHeaders(container)
      const geo = container.resolve<GeographyModuleService>(GEOGRAPHY_MODULE)
      const [xundian] = await geo.listCounties({ handle: "xundian" })
      township = (await geo.listTownships({ county_id: xundian!.id, name: "柯渡镇" }))[0]!.id
    })

    describe("joining", () => {
      it("applies → pending in the operator's queue → approved → the owner logs in and uses the portal", async () => {
        const email = "apply-owner@supplier-portal.test"
        const reg = await register(email)
        const applied = await api.post("/supplier/applications", application(), bearer(reg))
        expect(applied.status).toBe(201)
        expect(applied.data.supplier).toMatchObject({ status: "pending", mode: "application", township_name: "柯渡镇", households_bound: 12 })
        expect(applied.data.member).toMatchObject({ email, role: "owner", status: "active" })

        // the operator's existing review queue shows it
        const queue = await api.get("/admin/suppliers?status=pending&limit=200&order=-created_at", admin)
        expect(queue.data.suppliers.map((s: { id: string }) => s.id)).toContain(applied.data.supplier.id)

        // pending: the member sees only its application
        const pending = await login(email)
        expect((await api.get("/supplier/me", bearer(pending))).data.supplier.status).toBe("pending")
        const blocked = await call(api.get("/supplier/products", bearer(pending)))
        expect(blocked.status).toBe(403)
        expect(blocked.data.message).toMatch(/待审核|pending/)

        await api.post(`/admin/suppliers/${applied.data.supplier.id}/approve`, {}, admin)
        const token = await login(email)
        const me = await api.get("/supplier/me", bearer(token))
        expect(me.data.supplier).toMatchObject({ status: "approved", mode: "active" })
        expect((await api.get("/supplier/products", bearer(token))).data.products).toEqual([])
      })

      it("refuses a mistyped credit code naming the field, and a second application from the same login", async () => {
        const reg = await register("typo@supplier-portal.test")
        const code = freshCreditCode()
        const bad = await call(api.post("/supplier/applications", application({ credit_code: code.slice(0, 17) + (code[17] === "0" ? "1" : "0") }), bearer(reg)))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/^credit_code:/)
        const ok = await api.post("/supplier/applications", application(), bearer(reg))
        expect(ok.status).toBe(201)
        const again = await call(api.post("/supplier/applications", application(), bearer(await login("typo@supplier-portal.test"))))
        expect([400, 401]).toContain(again.status)
      })

      it("shows a rejected producer why, and keeps the rest of the portal closed", async () => {
        const email = "rejected@supplier-portal.test"
        const applied = await api.post("/supplier/applications", application(), bearer(await register(email)))
        await api.post(`/admin/suppliers/${applied.data.supplier.id}/reject`, { note: "营业执照不清晰，请重新上传" }, admin)
        const token = await login(email)
        expect((await api.get("/supplier/me", bearer(token))).data.supplier).toMatchObject({ status: "rejected", review_note: "营业执照不清晰，请重新上传" })
        const res = await call(api.get("/supplier/orders", bearer(token)))
        expect(res.status).toBe(403)
        expect(res.data.message).toContain("营业执照不清晰")
      })

      it("lets an applicant upload its licence with its registration token, checked like any upload, and attach it", async () => {
        const reg = await register("licence@supplier-portal.test")
        const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
        const licence = new FormData()
        licence.append("files", new Blob([new Uint8Array(PNG_HEAD)], { type: "image/png" }), "licence.png")
        const uploaded = await call(api.post("/supplier/uploads", licence, bearer(reg)))
        expect(uploaded.status).toBe(201)
        const file = uploaded.data.files[0]
        expect(file.mime_type).toBe("image/png")
        const exe = new FormData()
        exe.append("files", new Blob([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0])], { type: "image/png" }), "licence.png")
        const refused = await call(api.post("/supplier/uploads", exe, bearer(reg)))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^files:/)
        // without any login: nothing
        expect((await call(api.post("/supplier/uploads", licence, { headers: {} }))).status).toBe(401)

        const applied = await api.post("/supplier/applications", application({ documents: [{ title: "营业执照", file_id: file.id }] }), bearer(reg))
        expect(applied.status).toBe(201)
        expect(applied.data.supplier.documents).toEqual([expect.objectContaining({ title: "营业执照", url: file.url })])
      })

      it("lets the demo owner log in", async () => {
        const token = await login(DEMO_SUPPLIER_OWNER.email, DEMO_SUPPLIER_OWNER.password)
        const me = await api.get("/supplier/me", bearer(token))
        expect(me.data.member).toMatchObject({ email: DEMO_SUPPLIER_OWNER.email, role: "owner" })
        expect(me.data.supplier.status).toBe("approved")
      })
    })

    describe("members", () => {
      it("owners invite staff by e-mail; staff accept, log in, and cannot manage members", async () => {
        const owner = await approvedProducer("inviter@supplier-portal.test")
        const invited = await api.post("/supplier/invites", { email: "Staff@Supplier-Portal.test" }, bearer(owner.token))
        expect(invited.data.invite).toMatchObject({ email: "staff@supplier-portal.test", role: "staff", status: "pending" })
        const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "staff@supplier-portal.test" })
        const token = (notifications[0]?.data as { token?: string } | undefined)?.token
        expect(token).toBeTruthy()

        // someone else's registration cannot use the token
        const stranger = await call(api.post("/supplier/invites/accept", { token, name: "陌生人" }, bearer(await register("stranger@supplier-portal.test"))))
        expect(stranger.status).toBe(400)

        const accepted = await api.post("/supplier/invites/accept", { token, name: "示例员工" }, bearer(await register("staff@supplier-portal.test")))
        expect(accepted.data.member).toMatchObject({ role: "staff", supplier_id: owner.supplier_id })
        const staff = await login("staff@supplier-portal.test")
        expect((await api.get("/supplier/me", bearer(staff))).data.supplier.id).toBe(owner.supplier_id)
        expect((await api.get("/supplier/members", bearer(staff))).data.members).toHaveLength(2)
        const refused = await call(api.post("/supplier/invites", { email: "more@supplier-portal.test" }, bearer(staff)))
        expect(refused.status).toBe(403)
        const promote = await call(api.post(`/supplier/members/${accepted.data.member.id}`, { role: "owner" }, bearer(staff)))
        expect(promote.status).toBe(403)

        // the owner disables the staff member: its login no longer opens the portal
        await api.post(`/supplier/members/${accepted.data.member.id}`, { status: "disabled" }, bearer(owner.token))
        expect((await call(api.get("/supplier/me", bearer(staff)))).status).toBe(401)
      })
    })

    const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
    const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n", "latin1")
    function form(field: string, files: Array<{ bytes: Buffer; name: string; type?: string }>) {
      const data = new FormData()
      for (const f of files) data.append(field, new Blob([new Uint8Array(f.bytes)], { type: f.type ?? "application/octet-stream" }), f.name)
      return data
    }
    const upload = (token: string, files: Array<{ bytes: Buffer; name: string; type?: string }>) =>
      call(api.post("/supplier/uploads", form("files", files), bearer(token)))
    const listing = (over: Record<string, unknown> = {}) => ({
      title: "示例02风干牛肉",
      description: "寻甸黄牛肉风干",
      category_handle: "beef-products",
      variants: [{ pack: "250g", weight_g: 250, price: 120, stock: 30 }],
      ...over,
    })

    describe("listings, uploads and stock", () => {
      it("uploads a PNG and a PDF, and refuses a renamed .exe and an oversize file", async () => {
        const { token } = await approvedProducer("uploader@supplier-portal.test")
        const ok = await upload(token, [
          { bytes: PNG, name: "photo.png", type: "image/png" },
          { bytes: PDF, name: "report.pdf", type: "application/pdf" },
        ])
        expect(ok.status).toBe(201)
        expect(ok.data.files.map((f: { mime_type: string }) => f.mime_type)).toEqual(["image/png", "application/pdf"])
        // stored under random names, never the client's
        expect(ok.data.files[0].url).not.toContain("photo")
        const exe = await upload(token, [{ bytes: Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0]), name: "photo.png", type: "image/png" }])
        expect(exe.status).toBe(400)
        expect(exe.data.message).toMatch(/^files:/)
        const big = await upload(token, [{ bytes: Buffer.concat([PNG, Buffer.alloc(11 * 1024 * 1024)]), name: "big.png", type: "image/png" }])
        expect(big.status).toBe(400)
        expect(big.data.message).toMatch(/MB/)
      })

      it("creates a listing as proposed with a change request, checks its price against the market, and keeps it off the store", async () => {
        const { token } = await approvedProducer("lister@supplier-portal.test")
        const image = (await upload(token, [{ bytes: PNG, name: "beef.png", type: "image/png" }])).data.files[0]
        const created = await api.post("/supplier/products", listing({ images: [{ file_id: image.id }] }), bearer(token))
        expect(created.status).toBe(201)
        // a group of kinds (肉禽蛋品) is no place for a product: its kinds are
        const inGroup = await call(api.post("/supplier/products", listing({ category_handle: "meat" }), bearer(token)))
        expect(inGroup.status).toBe(400)
        expect(inGroup.data.message).toMatch(/^category_handle: 「肉禽蛋品」是大类/)
        const product = created.data.product
        expect(product).toMatchObject({ status: "proposed", on_sale: false, category_handle: "beef-products", thumbnail: image.url })
        expect(product.variants[0]).toMatchObject({ pack: "250g", price: 120, stock: 30 })
        // the demo's 250g beef products (寻甸牛干巴 at ¥68 among them): ¥120 is far above the average of its kind and unit
        expect(created.data.price_check[0]).toMatchObject({ above_market: true, margin: 0.2 })
        expect(created.data.price_check[0].market_average).toBeGreaterThan(0)
        const requests = await api.get("/supplier/change-requests", bearer(token))
        expect(requests.data.change_requests[0]).toMatchObject({ product_id: product.id, kind: "new_listing", status: "pending" })
        const shop = await api.get(`/store/products?handle=${product.handle}`, store)
        expect(shop.data.products).toEqual([])
        expect((await api.get("/supplier/products", bearer(token))).data.products.map((p: { id: string }) => p.id)).toEqual([product.id])
      })

      it("applies price and stock of a live listing at once, and sends title changes to the operator (or applies them with auto_approve)", async () => {
        const producer = await approvedProducer("editor@supplier-portal.test")
        const product = (await api.post("/supplier/products", listing(), bearer(producer.token))).data.product
        // the operator approved the listing: a live (draft) product
        await getContainer().resolve(Modules.PRODUCT).updateProducts(product.id, { status: "draft" })
        const variant = product.variants[0]
        const res = await api.post(
          `/supplier/products/${product.id}`,
          { title: "示例02风干牛肉（新）", variants: [{ id: variant.id, pack: "250g", weight_g: 250, price: 58, stock: 5 }] },
          bearer(producer.token)
        )
        expect(res.data.product).toMatchObject({ title: "示例02风干牛肉" })
        expect(res.data.product.variants[0]).toMatchObject({ price: 58, stock: 5 })
        expect(res.data.change).toMatchObject({ outcome: "review", request: { kind: "update", status: "pending", changes: { title: "示例02风干牛肉（新）" } } })
        expect(res.data.price_check[0].above_market).toBe(false)

        const supplierModule = getContainer().resolve("supplier") as { updateSuppliers: (d: object) => Promise<unknown> }
        await supplierModule.updateSuppliers({ id: producer.supplier_id, auto_approve: true })
        const auto = await api.post(`/supplier/products/${product.id}`, { title: "示例02风干牛肉（自动）" }, bearer(producer.token))
        expect(auto.data.product.title).toBe("示例02风干牛肉（自动）")
        expect(auto.data.change).toMatchObject({ outcome: "applied", request: { status: "approved" } })
      })

      it("adds a pack to a live listing at once: the new size sells with its own price and stock, the others keep theirs", async () => {
        const token = await login(DEMO_SUPPLIER_OWNER.email, DEMO_SUPPLIER_OWNER.password)
        type Pack = { id: string; pack: string; weight_g: number; price: number; stock: number }
        const mine = (await api.get("/supplier/products?limit=50", bearer(token))).data.products as Array<{ id: string; handle: string; on_sale: boolean; variants: Pack[] }>
        const beef = mine.find((p) => p.handle === DEMO_SUPPLIER_PRODUCT_HANDLE)!
        expect(beef.on_sale).toBe(true)
        const keep = beef.variants.map(({ id, pack, weight_g, price, stock }) => ({ id, pack, weight_g, price, stock }))
        const path = `/supplier/products/${beef.id}`

        // a size it sells already is named, and so is a new size without a price; nothing changes
        const again = await call(api.post(path, { variants: [{ pack: keep[0]!.pack, weight_g: 250, price: 60, stock: 5 }] }, bearer(token)))
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(new RegExp(`^variants: 规格「${keep[0]!.pack}」已存在`))
        const unpriced = await call(api.post(path, { variants: [...keep, { pack: "1kg 家庭装", weight_g: 1000, stock: 5 }] }, bearer(token)))
        expect(unpriced.status).toBe(400)
        expect(unpriced.data.message).toMatch(/price/)

        const res = await call(api.post(path, { variants: [...keep, { pack: "1kg 家庭装", weight_g: 1000, price: 240, stock: 12 }] }, bearer(token)))
        expect(res.status, JSON.stringify(res.data)).toBe(200)
        expect(res.data.change.outcome).toBe("none") // no review: a size, like a price, applies at once
        const packs = res.data.product.variants as Pack[]
        expect(packs).toHaveLength(keep.length + 1)
        expect(packs.find((p) => p.pack === "1kg 家庭装")).toMatchObject({ weight_g: 1000, price: 240, stock: 12 })
        for (const k of keep) expect(packs.find((p) => p.id === k.id)).toMatchObject({ pack: k.pack, price: k.price, stock: k.stock })

        // the shop lists every size with its option value, and sells the new one
        const shop = await api.get(`/store/products?handle=${DEMO_SUPPLIER_PRODUCT_HANDLE}&fields=id,variants.id,variants.title,variants.options.value`, store)
        const sold = shop.data.products[0].variants as Array<{ id: string; title: string; options: Array<{ value: string }> }>
        expect(sold.map((v) => v.title).sort()).toEqual([...keep.map((k) => k.pack), "1kg 家庭装"].sort())
        for (const v of sold) expect(v.options.map((o) => o.value)).toEqual([v.title])
        const order = await placeOrder(api, store, [{ variant_id: sold.find((v) => v.title === "1kg 家庭装")!.id, quantity: 2 }])
        const lines = order.items as unknown as Array<{ unit_price: number; quantity: number }>
        expect(lines.map((i) => [i.unit_price, i.quantity])).toEqual([[240, 2]])
      })

      it("tells the operator of a price above the market: beside a new listing in the inbox, and as a price alert when a live price is raised", async () => {
        type Check = { pack: string; price: number; market_average: number | null; above_market: boolean }
        const inbox = async () => (await api.get("/admin/review-inbox?limit=200", admin)).data as {
          listings: Array<{ id: string; price_check: Check[] }>
          price_alerts: Array<{ product_id: string; supplier: { id: string } | null; flags: Check[] }>
        }
        const { token } = await approvedProducer("pricey@supplier-portal.test")
        const proposed = (await api.post("/supplier/products", listing(), bearer(token))).data.product
        const shown = (await inbox()).listings.find((l) => l.id === proposed.id)!
        expect(shown.price_check).toEqual([expect.objectContaining({ pack: "250g", price: 120, above_market: true })])
        expect(shown.price_check[0]!.market_average).toBeLessThan(120)

        // approved (live, awaiting its certificate), it leaves the review list; its price still waits on nobody, so it is an alert
        expect((await call(api.post(`/admin/listings/${proposed.id}/approve`, {}, admin))).status).toBe(200)
        const alert = (await inbox()).price_alerts.find((a) => a.product_id === proposed.id)!
        expect(alert.flags).toEqual([expect.objectContaining({ pack: "250g", price: 120, above_market: true })])
        expect(alert.supplier).toMatchObject({ legal_name: "寻甸县示例02种养殖农民专业合作社" })
        // a demo listing priced like its kind raises none (禄劝魔芋面 beside the other 1kg konjac); 寻甸牛干巴, the dearest
        // of the beef products it is filed with (jerky, braised beef, beef sauce), is above their average at 250g, and the alert says by how much
        const idOf = async (handle: string) => (await api.get(`/store/products?handle=${handle}&fields=id`, store)).data.products[0].id as string
        const [demoBeef, demoKonjac] = [await idOf(DEMO_SUPPLIER_PRODUCT_HANDLE), await idOf("luquan-konjac-noodles")]
        const alerts = (await inbox()).price_alerts
        expect(alerts.map((a) => a.product_id)).not.toContain(demoKonjac)
        const beefAlert = alerts.find((a) => a.product_id === demoBeef)!
        expect(beefAlert.flags).toEqual(expect.arrayContaining([expect.objectContaining({ pack: "250g", price: 68, above_market: true })]))
        expect(beefAlert.flags.find((f) => f.pack === "250g")!.market_average).toBeLessThan(68 / 1.2)

        // priced at the market, the alert goes (a price applies at once, no review)
        const variant = proposed.variants[0]
        const lowered = await call(api.post(`/supplier/products/${proposed.id}`, { variants: [{ id: variant.id, pack: "250g", weight_g: 250, price: 58, stock: 30 }] }, bearer(token)))
        expect(lowered.status, JSON.stringify(lowered.data)).toBe(200)
        expect((await inbox()).price_alerts.map((a) => a.product_id)).not.toContain(proposed.id)
      })

      it("sets its own low-stock alert: 今日 lists the sizes at or below it, a bad number is named, other suppliers keep theirs", async () => {
        const { token } = await approvedProducer("alert@supplier-portal.test")
        const product = (await api.post("/supplier/products", listing(), bearer(token))).data.product
        const today = async (t = token) => (await api.get("/supplier/today", bearer(t))).data as { low_stock_threshold: number; low_stock: Array<{ variant_id: string; stock: number }> }
        expect(await today()).toMatchObject({ low_stock_threshold: 10, low_stock: [] }) // 30 in stock

        for (const [value, problem] of [[-1, "low_stock_threshold"], [1.5, "low_stock_threshold"], ["ten", "low_stock_threshold"], [100_001, "low_stock_threshold"]] as const) {
          const bad = await call(api.post("/supplier/stock/threshold", { low_stock_threshold: value }, bearer(token)))
          expect(bad.status, String(value)).toBe(400)
          expect(bad.data.message).toContain(problem)
        }
        const extra = await call(api.post("/supplier/stock/threshold", { low_stock_threshold: 5, supplier_id: "sup_other" }, bearer(token)))
        expect(extra.status).toBe(400)
        expect(extra.data.message).toContain("supplier_id")

        const set = await call(api.post("/supplier/stock/threshold", { low_stock_threshold: 50 }, bearer(token)))
        expect(set.status, JSON.stringify(set.data)).toBe(200)
        expect(set.data.supplier.low_stock_threshold).toBe(50)
        expect(await today()).toMatchObject({ low_stock_threshold: 50, low_stock: [expect.objectContaining({ variant_id: product.variants[0].id, stock: 30 })] })
        expect((await api.get("/supplier/me", bearer(token))).data.supplier.low_stock_threshold).toBe(50)

        // the demo supplier's alert is its own
        const owner = await login(DEMO_SUPPLIER_OWNER.email, DEMO_SUPPLIER_OWNER.password)
        expect((await today(owner)).low_stock_threshold).toBe(10)
      })

      it("sets stock per variant and imports a CSV with a row-by-row report, never touching another supplier's variant", async () => {
        const producer = await approvedProducer("stocker@supplier-portal.test")
        const product = (
          await api.post("/supplier/products", listing({ variants: [{ pack: "500g", weight_g: 500, price: 99, stock: 1, sku: "SP-STOCK-500" }] }), bearer(producer.token))
        ).data.product
        const variant = product.variants[0]
        const set = await api.post("/supplier/stock", { items: [{ variant_id: variant.id, stock: 12 }] }, bearer(producer.token))
        expect(set.data.variants).toEqual([{ variant_id: variant.id, sku: "SP-STOCK-500", stock: 12 }])

        const beef = (await api.get("/store/products?handle=xundian-dried-beef&fields=id,variants.id,variants.sku", store)).data.products[0]
        const foreign = await call(api.post("/supplier/stock", { items: [{ variant_id: beef.variants[0].id, stock: 0 }] }, bearer(producer.token)))
        expect(foreign.status).toBe(404)

        const csv = ["sku,stock", "SP-STOCK-500,40", "XD-BEEF-250,0", "SP-STOCK-500,abc", "NOPE,3"].join("\n")
        const data = new FormData()
        data.append("file", new Blob([csv], { type: "text/csv" }), "stock.csv")
        const report = await api.post("/supplier/stock/import", data, bearer(producer.token))
        expect(report.data.rows.map((r: { row: number; outcome: string }) => [r.row, r.outcome])).toEqual([
          [2, "updated"],
          [3, "error"],
          [4, "error"],
          [5, "error"],
        ])
        expect(report.data).toMatchObject({ updated: 1, errors: 3 })
        expect((await api.get(`/supplier/products/${product.id}`, bearer(producer.token))).data.product.variants[0].stock).toBe(40)
        // the demo's beef kept its stock
        const owner = await login(DEMO_SUPPLIER_OWNER.email, DEMO_SUPPLIER_OWNER.password)
        const demo = (await api.get(`/supplier/products/${beef.id}`, bearer(owner))).data.product
        expect(demo.variants.find((v: { sku: string }) => v.sku === "XD-BEEF-250").stock).toBeGreaterThan(0)
      })

      it("applies for certification with evidence; the certificate waits for the operator", async () => {
        const producer = await approvedProducer("certifier@supplier-portal.test")
        const product = (await api.post("/supplier/products", listing(), bearer(producer.token))).data.product
        const pdf = (await upload(producer.token, [{ bytes: PDF, name: "quality.pdf", type: "application/pdf" }])).data.files[0]
        const applied = await api.post("/supplier/certifications", { product_id: product.id, evidence: [{ title: "质检报告", file_id: pdf.id }] }, bearer(producer.token))
        expect(applied.status).toBe(201)
        expect(applied.data).toMatchObject({ outcome: "applied", certification: { status: "applied", product: { id: product.id } } })
        expect(applied.data.certification.evidence[0]).toMatchObject({ title: "质检报告", url: pdf.url })
        const queue = await api.get("/admin/certifications?status=applied&limit=200", admin)
        expect(queue.data.certificates.map((c: { id: string }) => c.id)).toContain(applied.data.certification.id)
        expect((await api.get("/supplier/certifications", bearer(producer.token))).data.certifications).toHaveLength(1)
        const unknownFile = await call(api.post("/supplier/certifications", { product_id: product.id, evidence: [{ title: "x", file_id: "nope" }] }, bearer(producer.token)))
        expect(unknownFile.status).toBe(400)
      })
    })

    describe("who may see what", () => {
      it("a suspended supplier's portal is read-only, and says why", async () => {
        const producer = await approvedProducer("suspended@supplier-portal.test")
        await api.post(`/admin/suppliers/${producer.supplier_id}/suspend`, { note: "抽检不合格，整改中" }, admin)
        expect((await api.get("/supplier/products", bearer(producer.token))).status).toBe(200)
        const write = await call(api.post("/supplier/products", listing(), bearer(producer.token)))
        expect(write.status).toBe(403)
        expect(write.data.message).toContain("抽检不合格")
      })

      it("answers 404 to another supplier's member and 401 to a shopper and to nobody, on every /supplier route naming the demo's records", async () => {
        const owner = await login(DEMO_SUPPLIER_OWNER.email, DEMO_SUPPLIER_OWNER.password)
        const beef = (await api.get("/store/products?handle=xundian-dried-beef&fields=id,variants.id", store)).data.products[0]
        const other = await approvedProducer("other@supplier-portal.test")
        const members = (await api.get("/supplier/members", bearer(owner))).data.members
        const reg = await api.post("/auth/customer/emailpass/register", { email: "shopper@supplier-portal.test", password })
        await api.post("/store/customers", { email: "shopper@supplier-portal.test" }, { headers: { ...store.headers, authorization: `Bearer ${reg.data.token}` } })
        const shopper = (await api.post("/auth/customer/emailpass", { email: "shopper@supplier-portal.test", password })).data.token

        const attempts: Array<[string, string, unknown?]> = [
          ["get", `/supplier/products/${beef.id}`],
          ["post", `/supplier/products/${beef.id}`, { title: "别人的商品" }],
          ["post", "/supplier/stock", { items: [{ variant_id: beef.variants[0].id, stock: 0 }] }],
          ["post", "/supplier/certifications", { product_id: beef.id, evidence: [{ title: "x", file_id: "file_x" }] }],
          ["post", `/supplier/members/${members[0].id}`, { status: "disabled" }],
        ]
        for (const [method, url, body] of attempts) {
          const asOther = await call(method === "get" ? api.get(url, bearer(other.token)) : api.post(url, body, bearer(other.token)))
          expect(asOther.status, `${method} ${url} as another supplier`).toBe(404)
          for (const headers of [bearer(shopper), { headers: {} }]) {
            const res = await call(method === "get" ? api.get(url, headers) : api.post(url, body, headers))
            expect(res.status, `${method} ${url}`).toBe(401)
          }
        }
        // and the owner still has it all
        expect((await api.get(`/supplier/products/${beef.id}`, bearer(owner))).data.product.title).toBe("寻甸牛干巴")
      })
    })
  },
})
