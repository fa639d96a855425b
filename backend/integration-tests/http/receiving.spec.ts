import { createStep, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { autoAcceptShipments } from "../../src/lib/receiving/auto-accept"
import { RECEIPT_DISPUTED_OPERATOR_TEMPLATE } from "../../src/subscribers/receipt-disputed"
import { createShipmentReceiptStep } from "../../src/workflows/receiving/steps/create-shipment-receipt"
import { planShipmentReceiptStep } from "../../src/workflows/receiving/steps/plan-shipment-receipt"
import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { institutionActors, LQ_NOODLES, type ShippedLine, shipAllLines, XD_DRIED_BEEF, XD_ERKUAI } from "../helpers/institution-orders"
import { pdfText } from "../helpers/pdf-text"
import { call, eventually } from "../helpers/shopping"

// Issue 11, receiving (验收): the demo school's order of 寻甸 and 禄劝 goods is
// shipped by its two suppliers; the school accepts one shipment in full and
// notes a shortfall and a damaged unit on the other; the shortfall is deducted
// from what it owes and the transfer of the rest settles the order; a shipment
// is confirmed once, by a purchaser of that institution only; bad bodies are
// refused naming the field; a shipment nobody confirms is accepted after the
// waiting days; a failure half-way leaves nothing behind.

/** The receipt workflow's own steps, then a failure: everything before it must be undone. */
const failAfterDeliveryStep = createStep("test-fail-after-delivery", async () => {
  throw new Error("a later step failed")
})
const receiptThenFailWorkflow = createWorkflow("test-receipt-then-fail", (input: { order_id: string; fulfillment_id: string }) => {
  const plan = planShipmentReceiptStep(transform({ input }, ({ input }) => ({ ...input, decision: "accepted" as const })))
  createShipmentReceiptStep(
    transform({ plan }, ({ plan }) => ({ plan, institution_id: "inst_test", decision: "accepted" as const, auto_accepted: false, confirmed_by: null, note: null, photo_url: null }))
  )
  markOrderFulfillmentAsDeliveredWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ orderId: plan.order_id, fulfillmentId: plan.fulfillment_id })) })
  failAfterDeliveryStep()
  return new WorkflowResponse(plan)
})

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let actors: Awaited<ReturnType<typeof institutionActors>>

    beforeAll(async () => {
      actors = await institutionActors(api, getContainer())
    })

    const shipmentsOf = async (orderId: string, headers = actors.purchaser) => (await api.get(`/store/institution/orders/${orderId}/shipments`, headers)).data
    const confirm = (orderId: string, fulfillmentId: string, body: Record<string, unknown>, headers = actors.purchaser) =>
      call(api.post(`/store/institution/orders/${orderId}/shipments/${fulfillmentId}/receipt`, body, headers))
    const paymentOf = async (orderId: string) => (await api.get(`/store/institution/orders/${orderId}/payment`, actors.purchaser)).data.payment
    it("two suppliers ship; one shipment is accepted in full, the other with a shortfall and a damaged unit that are deducted from what is owed", async () => {
      // 10 × 寻甸 二块 (¥16.8) and 6 × 禄劝 魔芋面 (¥19.9): two suppliers
      const order = await actors.placeOrder([
        { sku: XD_ERKUAI, quantity: 10 },
        { sku: LQ_NOODLES, quantity: 6 },
      ])
      const before = await shipmentsOf(order.id)
      expect(before.shipments).toEqual([])
      const shipped = await shipAllLines(getContainer(), order.id)
      expect(shipped.size).toBe(2)

      const listed = await shipmentsOf(order.id)
      expect(listed.auto_accept_days).toBe(7)
      expect(listed.shipments).toHaveLength(2)
      for (const s of listed.shipments) {
        expect(s.receipt).toBeNull()
        expect(s.lot_number).toMatch(/^LOT-2026-12-0\d$/)
        // accepted automatically 7 days after shipping, unless confirmed first
        expect(new Date(s.auto_accept_at).getTime() - new Date(s.shipped_at).getTime()).toBe(7 * 24 * 3600 * 1000)
      }
      const [first, second] = listed.shipments as Array<{ fulfillment_id: string; supplier_id: string; lines: Array<{ line_item_id: string; quantity: number; unit_price: number }> }>

      // the first shipment arrived in full
      const full = await confirm(order.id, first!.fulfillment_id, { decision: "accepted" })
      expect(full.status).toBe(201)
      expect(full.data.receipt).toMatchObject({ decision: "accepted", auto_accepted: false, deduction: 0, confirmed_by: { email: expect.any(String) } })
      expect(full.data.receipt.lines.every((l: { accepted_quantity: number; shipped_quantity: number }) => l.accepted_quantity === l.shipped_quantity)).toBe(true)

      // the second: one unit short, one damaged, disputed with a note
      const line = second!.lines[0]!
      const short = await confirm(order.id, second!.fulfillment_id, {
        decision: "disputed",
        lines: [{ line_item_id: line.line_item_id, received_quantity: line.quantity - 1, damaged_quantity: 1 }],
        note: "少一袋，一袋破损",
      })
      expect(short.status).toBe(201)
      const expectedDeduction = Math.round(2 * line.unit_price * 100) / 100
      expect(short.data.receipt).toMatchObject({
        decision: "disputed",
        decision_label: { zh: "有异议" },
        note: "少一袋，一袋破损",
        deduction: expectedDeduction,
        lines: [expect.objectContaining({ shipped_quantity: line.quantity, received_quantity: line.quantity - 1, damaged_quantity: 1, accepted_quantity: line.quantity - 2 })],
      })

      // the operators hear of the dispute (the notification module; once per receipt)
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const told = await eventually(
        () => notifications.listNotifications({ to: "admin@fupin.local", template: RECEIPT_DISPUTED_OPERATOR_TEMPLATE }),
        (list) => list.length > 0
      )
      expect(told).toHaveLength(1)
      expect(String((told[0]!.data as { text: string }).text)).toContain("少一袋，一袋破损")
      // the accepted shipment told nobody
      expect(told.every((n) => (n.data as { receipt_id: string }).receipt_id === short.data.receipt.id)).toBe(true)

      // Medusa has both fulfilments delivered
      const admin = await api.get(`/admin/orders/${order.id}?fields=id,fulfillments.id,fulfillments.delivered_at`, actors.admin)
      expect(admin.data.order.fulfillments.every((f: { delivered_at: string | null }) => !!f.delivered_at)).toBe(true)

      // what the school owes is the total less the deduction, to the fen; paying that settles the order
      const payment = await paymentOf(order.id)
      expect(payment).toMatchObject({ total: order.total, deduction: expectedDeduction, status: "awaiting" })
      const due = Math.round((order.total - expectedDeduction) * 100) / 100
      expect(payment.due).toBe(due)
      expect(payment.outstanding).toBe(due)
      expect((await actors.transfer(due, order.id)).status).toBe(201)
      const paid = await paymentOf(order.id)
      expect(paid).toMatchObject({ status: "paid", outstanding: 0, overpaid: 0, captured: true })

      const after = await shipmentsOf(order.id)
      expect(after.deduction).toBe(expectedDeduction)
      expect(after.shipments.every((s: { receipt: unknown; auto_accept_at: unknown }) => s.receipt && s.auto_accept_at === null)).toBe(true)

      // once per shipment
      const again = await confirm(order.id, first!.fulfillment_id, { decision: "accepted" })
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/已经验收过/)
    })

    it("a deduction recorded after part of the money arrived captures the payment when the rest is no longer owed", async () => {
      const order = await actors.placeOrder([{ sku: LQ_NOODLES, quantity: 5 }]) // ¥99.50
      const [only] = [...(await shipAllLines(getContainer(), order.id)).values()]
      const unit = only!.lines[0]!.unit_price
      const partly = Math.round((order.total - unit) * 100) / 100
      expect((await actors.transfer(partly, order.id)).status).toBe(201)
      expect(await paymentOf(order.id)).toMatchObject({ status: "partial", captured: false })
      // one bag never arrived: the order now owes exactly what was paid
      const res = await confirm(order.id, only!.fulfillment_id, { decision: "accepted", lines: [{ line_item_id: only!.lines[0]!.id, received_quantity: only!.lines[0]!.quantity - 1 }] })
      expect(res.status).toBe(201)
      expect(await paymentOf(order.id)).toMatchObject({ status: "paid", due: partly, outstanding: 0, captured: true })
    })

    it("refuses bad bodies naming the field, a line of another shipment, and callers who may not confirm", async () => {
      const order = await actors.placeOrder([
        { sku: XD_ERKUAI, quantity: 3 },
        { sku: LQ_NOODLES, quantity: 2 },
      ])
      const shipped = [...(await shipAllLines(getContainer(), order.id)).values()]
      const [a, b] = shipped as [{ fulfillment_id: string; lines: ShippedLine[] }, { fulfillment_id: string; lines: ShippedLine[] }]
      const lineA = a.lines[0]!

      const cases: Array<[Record<string, unknown>, RegExp]> = [
        [{}, /decision/],
        [{ decision: "maybe" }, /decision/],
        [{ decision: "accepted", lines: [{ line_item_id: lineA.id, received_quantity: lineA.quantity + 1 }] }, /lines\.0\.received_quantity/],
        [{ decision: "accepted", lines: [{ line_item_id: lineA.id, received_quantity: -1 }] }, /received_quantity/],
        [{ decision: "accepted", lines: [{ line_item_id: lineA.id, received_quantity: 1.5 }] }, /received_quantity/],
        [{ decision: "accepted", lines: [{ line_item_id: lineA.id, received_quantity: 1, damaged_quantity: 2 }] }, /lines\.0\.damaged_quantity/],
        [{ decision: "accepted", lines: [{ line_item_id: b.lines[0]!.id, received_quantity: 1 }] }, /lines\.0\.line_item_id/],
        [{ decision: "accepted", lines: [{ line_item_id: lineA.id, received_quantity: 1 }, { line_item_id: lineA.id, received_quantity: 1 }] }, /lines\.1\.line_item_id/],
        [{ decision: "accepted", note: "长".repeat(501) }, /note/],
        [{ decision: "accepted", photo_url: "not a url" }, /photo_url/],
        [{ decision: "accepted", extra: 1 }, /extra/],
      ]
      for (const [body, field] of cases) {
        const res = await confirm(order.id, a.fulfillment_id, body)
        expect(res.status, JSON.stringify(body)).toBe(400)
        expect(res.data.message, JSON.stringify(body)).toMatch(field)
      }
      // an order that does not exist has no shipments to list
      expect((await call(api.get("/store/institution/orders/order_does_not_exist/shipments", actors.purchaser))).status).toBe(404)
      // a shipment of another order
      const other = await actors.placeOrder([{ sku: LQ_NOODLES, quantity: 1 }])
      const unknown = await confirm(other.id, a.fulfillment_id, { decision: "accepted" })
      expect(unknown.status).toBe(404)

      // an approver without the purchaser role may look but not confirm
      expect((await api.get(`/store/institution/orders/${order.id}/shipments`, actors.approver)).status).toBe(200)
      const approverTry = await confirm(order.id, a.fulfillment_id, { decision: "accepted" }, actors.approver)
      expect(approverTry.status).toBe(403)
      expect(approverTry.data.message).toMatch(/采购员/)
      // another institution's member, and a plain shopper: as if the order did not exist / not a member
      const stranger = await actors.otherInstitutionMember()
      expect((await call(api.get(`/store/institution/orders/${order.id}/shipments`, stranger))).status).toBe(404)
      expect((await confirm(order.id, a.fulfillment_id, { decision: "accepted" }, stranger)).status).toBe(404)
      const shopper = await actors.register("shopper@receiving.test")
      expect((await confirm(order.id, a.fulfillment_id, { decision: "accepted" }, shopper.headers)).status).toBe(403)

      // none of the refusals recorded anything
      expect((await shipmentsOf(order.id)).shipments.every((s: { receipt: unknown }) => s.receipt === null)).toBe(true)
    })

    it("a shipment nobody confirms is accepted in full after the waiting days, once", async () => {
      const order = await actors.placeOrder([{ sku: XD_ERKUAI, quantity: 2 }])
      const [only] = [...(await shipAllLines(getContainer(), order.id)).values()]
      const container = getContainer()
      // not yet: six days after shipping
      expect(await autoAcceptShipments(container, new Date(Date.now() + 6 * 24 * 3600 * 1000))).not.toContain(only!.fulfillment_id)
      const later = new Date(Date.now() + 8 * 24 * 3600 * 1000)
      expect(await autoAcceptShipments(container, later)).toContain(only!.fulfillment_id)
      const [s] = (await shipmentsOf(order.id)).shipments
      expect(s.receipt).toMatchObject({ decision: "accepted", auto_accepted: true, confirmed_by: null, deduction: 0, note: expect.stringMatching(/自动/) })
      expect(await autoAcceptShipments(container, later)).not.toContain(only!.fulfillment_id)
    })

    it("a failure after the receipt and the delivery were written undoes both", async () => {
      const order = await actors.placeOrder([{ sku: XD_ERKUAI, quantity: 1 }])
      const [only] = [...(await shipAllLines(getContainer(), order.id)).values()]
      const { errors } = await receiptThenFailWorkflow(getContainer()).run({
        input: { order_id: order.id, fulfillment_id: only!.fulfillment_id },
        throwOnError: false,
      })
      expect(errors[0]?.error.message).toContain("a later step failed")
      const [s] = (await shipmentsOf(order.id)).shipments
      expect(s.receipt).toBeNull()
      const admin = await api.get(`/admin/orders/${order.id}?fields=id,fulfillments.delivered_at`, actors.admin)
      expect(admin.data.order.fulfillments[0].delivered_at).toBeNull()
      // and it can still be confirmed
      expect((await confirm(order.id, only!.fulfillment_id, { decision: "accepted" })).status).toBe(201)
    })

    it("送货单: each shipment's delivery note names the supplier, lot, school and certificates, for the school and that supplier only", async () => {
      const order = await actors.placeOrder([
        { sku: XD_DRIED_BEEF, quantity: 3 },
        { sku: LQ_NOODLES, quantity: 2 },
      ])
      const shipped = await shipAllLines(getContainer(), order.id)
      const listed = (await shipmentsOf(order.id)).shipments as Array<{ fulfillment_id: string; supplier_id: string; supplier_name: string; lot_number: string; lines: Array<{ title: string }> }>
      const beef = listed.find((s) => s.lines.some((l) => l.title === "寻甸牛干巴"))!
      const other = listed.find((s) => s !== beef)!
      expect(shipped.size).toBe(2)
      const note = (orderId: string, fulfillmentId: string, headers: object) =>
        call(api.get(`/store/institution/orders/${orderId}/shipments/${fulfillmentId}/delivery-note.pdf`, { ...headers, responseType: "arraybuffer" }))

      const res = await note(order.id, beef.fulfillment_id, actors.purchaser)
      expect(res.status).toBe(200)
      expect(res.headers["content-type"]).toBe("application/pdf")
      expect(res.headers["cache-control"]).toBe("private, no-store")
      const text = pdfText(Buffer.from(res.data), "delivery-note")
      expect(text).toMatch(/送\s*货\s*单/)
      expect(text).toContain(beef.supplier_name)
      expect(text).toContain(beef.lot_number)
      expect(text).toContain("昆明市某中学（示例01）")
      expect(text).toContain("寻甸牛干巴")
      expect(text).toMatch(/扫码查验扶贫产品认定/)
      // the certificate number of 寻甸牛干巴, as its page shows it
      const cert = await api.get("/store/products?handle=xundian-dried-beef&fields=id,*certificate", actors.store)
      const number = cert.data.products[0]?.certificate?.number as string | undefined
      if (number) expect(text).toContain(number)
      expect(text).not.toContain("魔芋")
      // not yet confirmed: it says when it will be accepted
      expect(text).toMatch(/自动按全部验收/)

      // the supplier prints its own shipment's note, not the other supplier's
      const supplierToken = (await api.post("/auth/supplier/emailpass", { email: "owner@supplier01.fupin.local", password: "fupin-demo" })).data.token as string
      const asSupplier = { headers: { authorization: `Bearer ${supplierToken}` }, responseType: "arraybuffer" as const }
      const own = await call(api.get(`/supplier/orders/${order.id}/fulfillments/${beef.fulfillment_id}/delivery-note.pdf`, asSupplier))
      expect(own.status).toBe(200)
      expect(pdfText(Buffer.from(own.data))).toContain(beef.lot_number)
      expect((await call(api.get(`/supplier/orders/${order.id}/fulfillments/${other.fulfillment_id}/delivery-note.pdf`, asSupplier))).status).toBe(404)
      // the supplier sees the receipt on its order once the school confirms
      await confirm(order.id, beef.fulfillment_id, { decision: "accepted", lines: [{ line_item_id: shipped.get(beef.supplier_id)!.lines[0]!.id, received_quantity: 2 }] })
      const seen = await api.get(`/supplier/orders/${order.id}`, { headers: { authorization: `Bearer ${supplierToken}` } })
      const receipt = seen.data.order.fulfillments[0].receipt
      expect(receipt).toMatchObject({ decision: "accepted", deduction: 68, confirmed_by: null })
      expect(JSON.stringify(seen.data)).not.toContain("school01.fupin.local")

      // another institution's member: as if neither existed
      const stranger = await actors.otherInstitutionMember()
      expect((await note(order.id, beef.fulfillment_id, stranger)).status).toBe(404)
      // a shipment of another order under this order's path
      const second = await actors.placeOrder([{ sku: LQ_NOODLES, quantity: 1 }])
      expect((await note(second.id, beef.fulfillment_id, actors.purchaser)).status).toBe(404)
    })
  },
})
