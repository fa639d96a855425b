import { formatCny } from "@fupin/shared"
import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { institutionActors, LQ_NOODLES, XD_RIBS } from "../helpers/institution-orders"
import { pdfText } from "../helpers/pdf-text"
import { call } from "../helpers/shopping"

// Issue 11, documents: the 采购单 (purchase order) PDF of an institution's
// order, in Chinese with the font embedded, for that institution's members only.

const textOf = (pdf: Buffer) => pdfText(pdf, "purchase-order")

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let actors: Awaited<ReturnType<typeof institutionActors>>

    beforeAll(async () => {
      actors = await institutionActors(api, getContainer())
    })

    const pdfOf = (orderId: string, headers: object) =>
      call(api.get(`/store/institution/orders/${orderId}/purchase-order.pdf`, { ...headers, responseType: "arraybuffer" }))

    describe("采购单 PDF", () => {
      it("prints the school, its approver, lines by supplier, totals, counties and the payment reference and account", async () => {
        // above the school's ¥5,000 threshold: the approver approves it
        const order = await actors.placeOrder([
          { sku: XD_RIBS, quantity: 40 },
          { sku: LQ_NOODLES, quantity: 10 },
        ])
        expect(order.approved).toBe(true)
        const payment = (await api.get(`/store/institution/orders/${order.id}/payment`, actors.purchaser)).data.payment

        const res = await pdfOf(order.id, actors.purchaser)
        expect(res.status).toBe(200)
        expect(res.headers["content-type"]).toMatch(/application\/pdf/)
        expect(res.headers["cache-control"]).toMatch(/no-store/)
        const pdf = Buffer.from(res.data as ArrayBuffer)
        expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
        const text = textOf(pdf)

        expect(text).toMatch(/^\s*采购单\s*$/m)
        expect(text).toContain("昆明市某中学（示例01）")
        expect(text).toContain("approver@school01.fupin.local") // 审批人
        expect(text).toContain("purchaser@school01.fupin.local") // 下单人
        expect(text).toMatch(/供应商：.+/)
        expect(text).toContain("寻甸回族彝族自治县")
        expect(text).toContain("禄劝彝族苗族自治县")
        expect(text).toContain(formatCny(158 * 40)) // ¥6,320.00 for the ribs
        expect(text).toContain(formatCny(19.9 * 10)) // ¥199.00 for the noodles
        expect(text).toContain(formatCny(order.total))
        expect(text).toContain(payment.reference)
        expect(text).toContain("昆明消费扶贫平台（示例）")
        expect(text).toContain("6200 0000 0000 0000 001")
        expect(text).toContain("待付款")

        // the approver of the same institution may read it too
        expect((await pdfOf(order.id, actors.approver)).status).toBe(200)
      })

      it("shows a recorded transfer: 已付款 once the operator has recorded the whole amount", async () => {
        const order = await actors.placeOrder([{ sku: LQ_NOODLES, quantity: 4 }])
        expect(order.approved).toBe(false)
        const recorded = await call(
          api.post(
            "/admin/bank-transfers",
            { amount: order.total, received_at: "2026-12-01", payer_name: "昆明市某中学（示例01）", payer_account: "2502000000000001", bank_reference: "DOC-001", allocations: [{ order_id: order.id, amount: order.total }] },
            actors.admin
          )
        )
        expect(recorded.status).toBe(201)
        const text = textOf(Buffer.from((await pdfOf(order.id, actors.purchaser)).data as ArrayBuffer))
        expect(text).toContain("已付款")
        expect(text).toContain("无需审批")
      })

      it("is 404 for another institution's member, 403 for a shopper, 401 anonymous, and 404 for an order that does not exist", async () => {
        const order = await actors.placeOrder([{ sku: LQ_NOODLES, quantity: 2 }])
        const stranger = await actors.otherInstitutionMember()
        expect((await pdfOf(order.id, stranger)).status).toBe(404)
        const shopper = await actors.register("nosy@documents.test")
        expect((await pdfOf(order.id, shopper.headers)).status).toBe(403)
        expect([401, 403]).toContain((await pdfOf(order.id, actors.store)).status)
        expect((await pdfOf("order_01NOSUCHORDER0000000000", actors.purchaser)).status).toBe(404)
        const bad = await call(api.get(`/store/institution/orders/${order.id}/purchase-order.pdf?format=docx`, actors.purchaser))
        expect(bad.status).toBe(400)
        expect(JSON.stringify(bad.data)).toContain("format")
      })
    })
  },
})
