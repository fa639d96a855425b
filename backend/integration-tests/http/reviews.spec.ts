import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { adminHeaders, call, placeOrder, shipAllAsDemoSupplier, storeHeaders, variantId } from "../helpers/shopping"

// Issue 15: reviews by verified buyers only, moderated by the operator, shown on
// the product page with the count of sales. A shopper reviews a line of its own
// order once it has shipped, one review per line; nobody else can; the operator
// approves (the product page shows it) or rejects with a note (it comes off).

const password = "correct-horse-9"
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n", "latin1")

type Headers = { headers: Record<string, string> }

/** A busy machine (two cores shared by four engineers) makes a checkout take tens of seconds. */
const slow = (name: string, fn: () => Promise<void>) => it(name, fn, 300_000)

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: Headers

    beforeAll(async () => {
      store = await storeHeaders(getContainer())
      admin = await adminHeaders(api)
    })

    /** A registered shopper (surname and given name as the storefront's form sends them). */
    async function shopper(email: string, last_name: string, first_name: string) {
      const reg = await api.post("/auth/customer/emailpass/register", { email, password })
      await api.post("/store/customers", { email, first_name, last_name }, { headers: { ...store.headers, authorization: `Bearer ${reg.data.token}` } })
      const token = (await api.post("/auth/customer/emailpass", { email, password })).data.token as string
      return { auth: { authorization: `Bearer ${token}` }, headers: { ...store.headers, authorization: `Bearer ${token}` }, email }
    }
    type Shopper = Awaited<ReturnType<typeof shopper>>

    const productOf = async (handle: string) => (await api.get(`/store/products?handle=${handle}&fields=id`, store)).data.products[0].id as string
    const reviewsOf = async (productId: string, query = "") => (await api.get(`/store/products/${productId}/reviews${query}`, store)).data
    const review = (orderId: string, body: unknown, who?: Shopper) => call(api.post(`/store/orders/${orderId}/reviews`, body, who ? { headers: who.headers } : store))
    const orderReviews = (orderId: string, who?: Shopper) => call(api.get(`/store/orders/${orderId}/reviews`, who ? { headers: who.headers } : store))

    /** 2 × 寻甸牛干巴 250g and 1 × 500g (both the demo supplier 01's), bought by this shopper: the order and its two lines. */
    async function buyBeef(who: Shopper) {
      const lines = [
        { variant_id: await variantId(api, store, "xundian-dried-beef", "250g"), quantity: 2 },
        { variant_id: await variantId(api, store, "xundian-dried-beef", "500g"), quantity: 1 },
      ]
      const order = await placeOrder(api, store, lines, { email: who.email, auth: who.auth })
      const items = (await api.get(`/admin/orders/${order.id}?fields=id,items.id,items.variant_title`, admin)).data.order.items as Array<{ id: string; variant_title: string }>
      return { order, line250: items.find((i) => i.variant_title === "250g")!.id, line500: items.find((i) => i.variant_title === "500g")!.id }
    }

    /** The demo supplier ships both lines by courier (the producer portal's API). */
    async function ship(orderId: string) {
      const shipped = await shipAllAsDemoSupplier(api, orderId, "9800000000222")
      expect(shipped.status, JSON.stringify(shipped.data)).toBe(201)
    }

    async function uploadPhoto(who: Shopper, bytes = PNG, name = "beef.png") {
      const form = new FormData()
      form.append("files", new Blob([new Uint8Array(bytes)], { type: "image/png" }), name)
      return call(api.post("/store/reviews/uploads", form, { headers: who.headers }))
    }

    slow("a verified buyer reviews each shipped line once; nobody else, and not before it ships; the operator's approval shows it with the average and the sales", async () => {
      const beef = await productOf("xundian-dried-beef")
      const soldBefore = (await reviewsOf(beef)).sold_quantity as number
      const me = await shopper("buyer@reviews.test", "张", "三")
      const other = await shopper("other@reviews.test", "李", "四")
      const { order, line250, line500 } = await buyBeef(me)
      // 已售 counts the order as soon as it is placed
      expect((await reviewsOf(beef)).sold_quantity).toBe(soldBefore + 3)

      const good = { line_item_id: line250, rating: 5, text: "牛干巴很香，切片下酒正好。" }
      // before shipment: 400 naming the line
      const early = await review(order.id, good, me)
      expect(early.status).toBe(400)
      expect(early.data.message).toMatch(/^line_item_id: 这件商品还没有发货/)
      let lines = (await orderReviews(order.id, me)).data.lines as Array<{ line_item_id: string; reviewable: boolean }>
      expect(lines.every((l) => !l.reviewable)).toBe(true)

      await ship(order.id)
      lines = (await orderReviews(order.id, me)).data.lines
      expect(lines.map((l) => l.reviewable)).toEqual([true, true])

      // another shopper and nobody: the order does not exist for them
      expect((await review(order.id, good, other)).status).toBe(404)
      expect((await review(order.id, good)).status).toBe(404)
      expect((await orderReviews(order.id, other)).status).toBe(404)
      expect((await orderReviews(order.id)).status).toBe(404)
      // a line of another order
      expect((await review(order.id, { ...good, line_item_id: "ordli_01NOSUCHLINE00000000000" }, me)).data.message).toMatch(/^line_item_id: 这一行不属于该订单/)

      // a photo: images only
      const photo = await uploadPhoto(me)
      expect(photo.status, JSON.stringify(photo.data)).toBe(201)
      const photoId = photo.data.files[0].id as string
      const pdf = await uploadPhoto(me, PDF, "beef.pdf")
      expect(pdf.status).toBe(400)
      expect(pdf.data.message).toContain("files")
      expect((await call(api.post("/store/reviews/uploads", new FormData(), store))).status).toBe(401)

      const created = await review(order.id, { ...good, photos: [photoId] }, me)
      expect(created.status, JSON.stringify(created.data)).toBe(201)
      expect(created.data.review).toMatchObject({ line_item_id: line250, rating: 5, status: "pending", moderator_note: null })
      expect(created.data.review.photos).toHaveLength(1)
      // one review per line
      const twice = await review(order.id, { ...good, rating: 1 }, me)
      expect(twice.status).toBe(400)
      expect(twice.data.message).toMatch(/^line_item_id: 这件商品已经评价过了/)
      expect((await review(order.id, { line_item_id: line500, rating: 4, text: "500克的大包装，全家够吃。" }, me)).status).toBe(201)

      // nothing shows before the operator approves
      expect((await reviewsOf(beef)).summary).toMatchObject({ count: 0, average: null })
      const inbox = (await api.get("/admin/review-inbox", admin)).data
      expect(inbox.counts.product_reviews).toBe(2)
      const pending = inbox.product_reviews as Array<{ id: string; line_item_id: string; display_name: string; customer_id: string }>
      expect(pending.map((r) => r.line_item_id)).toEqual([line250, line500])
      expect(pending[0]!.display_name).toBe("张**")

      for (const r of pending) expect((await call(api.post(`/admin/product-reviews/${r.id}/approve`, {}, admin))).status).toBe(200)
      const shown = await reviewsOf(beef)
      expect(shown.count).toBe(2)
      expect(shown.summary).toEqual({ count: 2, average: 4.5, by_rating: { "1": 0, "2": 0, "3": 0, "4": 1, "5": 1 } })
      expect(shown.sold_quantity).toBe(soldBefore + 3)
      // newest first, each with its size, masked name and photos; nothing of the buyer's account or order
      expect(shown.reviews.map((r: { variant_title: string }) => r.variant_title)).toEqual(["500g", "250g"])
      expect(shown.reviews[1]).toMatchObject({ rating: 5, display_name: "张**", text: good.text })
      expect(shown.reviews[1].photos[0].url).toMatch(/^https?:\/\//)
      const text = JSON.stringify(shown)
      for (const secret of [me.email, "张三", order.id, line250, pending[0]!.customer_id]) expect(text).not.toContain(secret)
      // paged
      const page = await reviewsOf(beef, "?limit=1&offset=1")
      expect(page.reviews.map((r: { variant_title: string }) => r.variant_title)).toEqual(["250g"])
      expect(page.count).toBe(2)

      // rejected with a note: off the product page, the shopper reads why
      expect((await call(api.post(`/admin/product-reviews/${pending[1]!.id}/reject`, {}, admin))).data.message).toContain("note")
      const rejected = await call(api.post(`/admin/product-reviews/${pending[1]!.id}/reject`, { note: "评价内容与商品无关" }, admin))
      expect(rejected.status).toBe(200)
      expect(rejected.data.review).toMatchObject({ status: "rejected", moderator_note: "评价内容与商品无关" })
      const after = await reviewsOf(beef)
      expect(after.summary).toEqual({ count: 1, average: 5, by_rating: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 1 } })
      expect(after.reviews.map((r: { variant_title: string }) => r.variant_title)).toEqual(["250g"])
      const mine = (await orderReviews(order.id, me)).data.lines as Array<{ line_item_id: string; reviewable: boolean; review: { status: string; moderator_note: string | null } | null }>
      expect(mine.find((l) => l.line_item_id === line500)).toMatchObject({ reviewable: false, review: { status: "rejected", moderator_note: "评价内容与商品无关" } })
      expect(mine.find((l) => l.line_item_id === line250)!.review!.status).toBe("approved")
      // the operator's lists by status
      const approvedList = (await api.get("/admin/product-reviews?status=approved", admin)).data
      expect(approvedList.reviews.map((r: { line_item_id: string }) => r.line_item_id)).toEqual([line250])
      expect(approvedList.reviews[0].product).toMatchObject({ id: beef, handle: "xundian-dried-beef" })
    })

    slow("bad input is refused naming the field, and stores nothing", async () => {
      const me = await shopper("careless@reviews.test", "王", "五")
      const { order, line250 } = await buyBeef(me)
      await ship(order.id)
      const ok = { line_item_id: line250, rating: 4, text: "味道不错，会回购。" }
      for (const [body, field] of [
        [{ ...ok, rating: 0 }, "rating"],
        [{ ...ok, rating: 6 }, "rating"],
        [{ ...ok, rating: 4.5 }, "rating"],
        [{ ...ok, rating: "5" }, "rating"],
        [{ line_item_id: line250, text: ok.text }, "rating"],
        [{ ...ok, text: "好" }, "text"],
        [{ ...ok, text: "好".repeat(501) }, "text"],
        [{ ...ok, photos: ["a.png", "b.png", "c.png", "d.png", "e.png", "f.png", "g.png"] }, "photos"],
        [{ ...ok, photos: ["no-such-file.png"] }, "photos"],
        [{ ...ok, photos: ["licence.pdf"] }, "photos"],
        [{ ...ok, line_item_id: "" }, "line_item_id"],
        [{ ...ok, status: "approved" }, "status"],
      ] as const) {
        const res = await review(order.id, body, me)
        expect(res.status, JSON.stringify(body)).toBe(400)
        expect(res.data.message, JSON.stringify(body)).toContain(field)
      }
      const lines = (await orderReviews(order.id, me)).data.lines as Array<{ review: unknown }>
      expect(lines.every((l) => l.review === null)).toBe(true)
      // an unknown product has no reviews page; a bad page is named
      expect((await call(api.get("/store/products/prod_01NOSUCHPRODUCT0000000000/reviews", store))).status).toBe(404)
      const badPage = await call(api.get(`/store/products/${await productOf("xundian-dried-beef")}/reviews?limit=0`, store))
      expect(badPage.status).toBe(400)
      expect(badPage.data.message).toContain("limit")
      // an unknown review cannot be moderated
      expect((await call(api.post("/admin/product-reviews/prev_01NOSUCH/approve", {}, admin))).status).toBe(404)
    })
  },
})
