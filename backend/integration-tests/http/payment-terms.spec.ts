import { Modules } from "@medusajs/framework/utils"
import { statementMonthOf } from "@fupin/shared"
import { PAYMENT_OVERDUE_OPERATOR_TEMPLATE, PAYMENT_OVERDUE_TEMPLATE, remindOverduePayments } from "../../src/lib/settlement/reminders"
import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { institutionActors, LQ_NOODLES, shipAllLines, XD_DRIED_BEEF } from "../helpers/institution-orders"
import { pdfText } from "../helpers/pdf-text"
import { call } from "../helpers/shopping"

// Issue 11, terms: the operator puts the demo school on 先款后货 — its supplier
// cannot ship until the money is in — then on a 账期 of 0 days, where an order
// whose shipments were all accepted and which is not paid is overdue at once:
// the school's admins and the operators are reminded once a day, and the
// statement shows it. Bad terms are refused naming the field. The school's admin
// keeps its 开票信息 (the 纳税人识别号 checked as a USCC); every member reads
// them and the 采购单 and 对账单 print them.

const INVOICE_DETAILS = {
  title: "昆明市某中学（示例01）",
  tax_id: "12530100mb0kd0001r",
  address: "昆明市五华区 示例路01号",
  phone: "0871-63000001",
  bank: "示例银行昆明五华支行（示例02）",
  account: "2502 0000 0000 0000 01",
}

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let actors: Awaited<ReturnType<typeof institutionActors>>
    let schoolId: string

    beforeAll(async () => {
      actors = await institutionActors(api, getContainer())
      schoolId = (await api.get("/store/institution/me", actors.purchaser)).data.institution.id
    })

    const setTerms = (body: object) => call(api.post(`/admin/institutions/${schoolId}`, body, actors.admin))
    const paymentOf = async (orderId: string) => (await api.get(`/store/institution/orders/${orderId}/payment`, actors.purchaser)).data.payment
    it("refuses terms that are not 先款后货 or 账期 of whole days up to 180, naming the field", async () => {
      for (const [body, field] of [
        [{ payment_terms: "later" }, "payment_terms"],
        [{ payment_term_days: 1.5 }, "payment_term_days"],
        [{ payment_term_days: 181 }, "payment_term_days"],
        [{ payment_term_days: -1 }, "payment_term_days"],
      ] as const) {
        const res = await setTerms(body)
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(field)
      }
      // the demo school starts on 账期 30 days
      const school = (await api.get(`/admin/institutions/${schoolId}`, actors.admin)).data.institution
      expect(school).toMatchObject({ payment_terms: "net", payment_term_days: 30 })
    })

    it("先款后货: the supplier cannot ship until the transfer has arrived", async () => {
      expect((await setTerms({ payment_terms: "prepay" })).data.institution).toMatchObject({ payment_terms: "prepay" })
      const order = await actors.placeOrder([{ sku: XD_DRIED_BEEF, quantity: 4 }]) // the demo supplier's
      const before = await paymentOf(order.id)
      expect(before.terms).toMatchObject({ terms: "prepay", label: { zh: "先款后货" }, awaiting_prepayment: true, overdue: false })
      // the supplier's order page says so before its ship form would be refused
      const token = (await api.post("/auth/supplier/emailpass", { email: "owner@supplier01.fupin.local", password: "fupin-demo" })).data.token as string
      const supplierView = async () => (await api.get(`/supplier/orders/${order.id}`, { headers: { authorization: `Bearer ${token}` } })).data.order
      expect((await supplierView()).awaiting_prepayment).toBe(true)
      await expect(shipAllLines(getContainer(), order.id)).rejects.toThrow(/先款后货/)

      expect((await actors.transfer(order.total, order.id)).status).toBe(201)
      expect((await paymentOf(order.id)).terms.awaiting_prepayment).toBe(false)
      expect((await supplierView()).awaiting_prepayment).toBe(false)
      const shipped = await shipAllLines(getContainer(), order.id)
      expect(shipped.size).toBe(1)
    })

    it("账期: unpaid after its due date is overdue, the school's admins and the operators are reminded once a day, and the statement says so", async () => {
      expect((await setTerms({ payment_terms: "net", payment_term_days: 0 })).status).toBe(200)
      const order = await actors.placeOrder([{ sku: LQ_NOODLES, quantity: 3 }])
      // nothing is due while the goods are on their way
      expect((await paymentOf(order.id)).terms).toMatchObject({ terms: "net", days: 0, due_date: null, overdue: false })
      const [only] = [...(await shipAllLines(getContainer(), order.id)).values()]
      expect((await paymentOf(order.id)).terms.due_date).toBeNull()
      const receipt = await call(api.post(`/store/institution/orders/${order.id}/shipments/${only!.fulfillment_id}/receipt`, { decision: "accepted" }, actors.purchaser))
      expect(receipt.status).toBe(201)

      const overdue = await paymentOf(order.id)
      expect(overdue.terms).toMatchObject({ overdue: true, label: { zh: "账期：全部验收后 0 天内付款" } })
      expect(new Date(overdue.terms.due_date).getTime()).toBe(new Date(receipt.data.receipt.confirmed_at).getTime())

      const reminded = await remindOverduePayments(getContainer())
      const school = reminded.find((i) => i.institution_id === schoolId)
      expect(school?.orders.map((o) => o.order_id)).toContain(order.id)
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const toAdmin = await notifications.listNotifications({ to: "admin@school01.fupin.local", template: PAYMENT_OVERDUE_TEMPLATE })
      expect(toAdmin).toHaveLength(1)
      expect(String((toAdmin[0]!.data as { text: string }).text)).toContain(`#${overdue.display_id}`)
      // the purchaser is not the one who pays
      expect(await notifications.listNotifications({ to: "purchaser@school01.fupin.local", template: PAYMENT_OVERDUE_TEMPLATE })).toHaveLength(0)
      const toOperator = await notifications.listNotifications({ to: "admin@fupin.local", template: PAYMENT_OVERDUE_OPERATOR_TEMPLATE })
      expect(toOperator).toHaveLength(1)
      expect(String((toOperator[0]!.data as { text: string }).text)).toContain("昆明市某中学（示例01）")

      // a second run the same day sends nothing more
      await remindOverduePayments(getContainer())
      expect(await notifications.listNotifications({ to: "admin@school01.fupin.local", template: PAYMENT_OVERDUE_TEMPLATE })).toHaveLength(1)

      const row = (await api.get(`/store/institution/statements/${statementMonthOf(new Date())}`, actors.purchaser)).data.statement.orders.find(
        (o: { order_id: string }) => o.order_id === order.id
      )
      expect(row).toMatchObject({ overdue: true, due_date: overdue.terms.due_date })

      // paid: no longer overdue, and nobody is reminded of it
      expect((await actors.transfer(overdue.outstanding, order.id)).status).toBe(201)
      expect((await paymentOf(order.id)).terms.overdue).toBe(false)
      const after = await remindOverduePayments(getContainer())
      expect(after.flatMap((i) => i.orders.map((o) => o.order_id))).not.toContain(order.id)
    })

    it("开票信息: the admin sets them (the taxpayer number checked as a credit code), every member reads them, the 采购单 and 对账单 print them", async () => {
      const token = (await api.post("/auth/customer/emailpass", { email: "admin@school01.fupin.local", password: "fupin-demo" })).data.token as string
      const admin = actors.as(token)
      const read = (headers = actors.purchaser) => call(api.get("/store/institution/settings/invoice", headers))
      const save = (body: object, headers = admin) => call(api.post("/store/institution/settings/invoice", body, headers))
      expect((await read()).data.invoice).toBeNull()
      // without them, suppliers cannot be asked for an invoice
      const order = await actors.placeOrder([{ sku: LQ_NOODLES, quantity: 1 }])
      const early = await call(api.post(`/store/institution/orders/${order.id}/invoice-requests`, {}, actors.purchaser))
      expect(early.status).toBe(400)
      expect(early.data.message).toMatch(/^invoice:/)

      const details = INVOICE_DETAILS
      // a purchaser may read, not change them
      expect((await save(details, actors.purchaser)).status).toBe(403)
      for (const [bad, field] of [
        [{ ...details, tax_id: "12530100MB0KD0001X" }, "tax_id"],
        [{ ...details, title: " " }, "title"],
        [{ ...details, account: "abc" }, "account"],
        [{ ...details, phone: "123" }, "phone"],
        [{ ...details, extra: 1 }, "extra"],
      ] as const) {
        const res = await save(bad)
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(field)
      }
      const saved = await save(details)
      expect(saved.status).toBe(200)
      expect(saved.data.invoice).toEqual({ ...details, tax_id: "12530100MB0KD0001R" })
      expect((await read()).data.invoice).toEqual(saved.data.invoice)
      // another institution's member reads its own (none)
      expect((await read(await actors.otherInstitutionMember())).data.invoice).toBeNull()

      const po = await call(api.get(`/store/institution/orders/${order.id}/purchase-order.pdf`, { ...actors.purchaser, responseType: "arraybuffer" }))
      const poText = pdfText(Buffer.from(po.data))
      for (const s of ["开票信息", "12530100MB0KD0001R", "示例银行昆明五华支行（示例02）", "2502 0000 0000 0000 01"]) expect(poText).toContain(s)
      const st = await call(api.get(`/store/institution/statements/${statementMonthOf(new Date())}?format=pdf`, { ...actors.purchaser, responseType: "arraybuffer" }))
      expect(pdfText(Buffer.from(st.data))).toContain("示例银行昆明五华支行（示例02）")
    })

    it("开票申请: each supplier is asked for its part less deductions, sees only its own requests, and records the invoice it issued", async () => {
      // every test starts from the demo: the admin fills in the 开票信息 again
      const adminToken = (await api.post("/auth/customer/emailpass", { email: "admin@school01.fupin.local", password: "fupin-demo" })).data.token as string
      expect((await call(api.post("/store/institution/settings/invoice", INVOICE_DETAILS, actors.as(adminToken)))).status).toBe(200)
      const order = await actors.placeOrder([
        { sku: XD_DRIED_BEEF, quantity: 3 }, // 3 × ¥68, the demo supplier's
        { sku: LQ_NOODLES, quantity: 6 }, // 6 × ¥19.9
      ])
      const shipped = [...(await shipAllLines(getContainer(), order.id)).values()]
      const beef = shipped.find((s) => s.lines[0]!.unit_price === 68)!
      const noodles = shipped.find((s) => s.lines[0]!.unit_price === 19.9)!
      const receipt = (fid: string, body: object) => call(api.post(`/store/institution/orders/${order.id}/shipments/${fid}/receipt`, body, actors.purchaser))
      expect((await receipt(beef.fulfillment_id, { decision: "accepted" })).status).toBe(201)
      expect((await receipt(noodles.fulfillment_id, { decision: "accepted", lines: [{ line_item_id: noodles.lines[0]!.id, received_quantity: 5 }] })).status).toBe(201)

      const asked = await call(api.post(`/store/institution/orders/${order.id}/invoice-requests`, {}, actors.purchaser))
      expect(asked.status).toBe(201)
      const bySupplier = new Map(asked.data.invoice_requests.map((r: { supplier_id: string }) => [r.supplier_id, r]))
      expect(bySupplier.get(beef.lines[0]!.supplier_id)).toMatchObject({ amount: 204, status: "requested", invoice: { tax_id: "12530100MB0KD0001R" } })
      expect(bySupplier.get(noodles.lines[0]!.supplier_id)).toMatchObject({ amount: 99.5, status: "requested" })
      // asking again asks nobody twice
      expect((await call(api.post(`/store/institution/orders/${order.id}/invoice-requests`, {}, actors.purchaser))).data.invoice_requests).toHaveLength(2)

      const token = (await api.post("/auth/supplier/emailpass", { email: "owner@supplier01.fupin.local", password: "fupin-demo" })).data.token as string
      const asSupplier = { headers: { authorization: `Bearer ${token}` } }
      const mine = (await api.get("/supplier/invoice-requests?status=requested", asSupplier)).data.invoice_requests
      expect(mine.every((r: { supplier_id: string }) => r.supplier_id === beef.lines[0]!.supplier_id)).toBe(true)
      const own = mine.find((r: { order_id: string }) => r.order_id === order.id)
      expect(own).toMatchObject({ amount: 204, institution_name: "昆明市某中学（示例01）" })
      const theirs = (bySupplier.get(noodles.lines[0]!.supplier_id) as { id: string }).id

      const issue = (id: string, body: object) => call(api.post(`/supplier/invoice-requests/${id}`, body, asSupplier))
      const today = new Date().toISOString().slice(0, 10)
      expect((await issue(own.id, { invoice_number: "x", issued_on: today })).data.message).toContain("invoice_number")
      expect((await issue(own.id, { invoice_number: "53001234", issued_on: "2099-01-01" })).data.message).toContain("issued_on")
      expect((await issue(theirs, { invoice_number: "53001234", issued_on: today })).status).toBe(404)
      const issued = await issue(own.id, { invoice_number: "53001234", issued_on: today })
      expect(issued.status).toBe(200)
      expect(issued.data.invoice_request).toMatchObject({ status: "issued", invoice_number: "53001234", issued_on: today, status_label: { zh: "已开票" } })

      // the school sees which supplier has invoiced, and with which number
      const seen = (await api.get(`/store/institution/orders/${order.id}/invoice-requests`, actors.purchaser)).data.invoice_requests
      expect(seen.find((r: { id: string }) => r.id === own.id)).toMatchObject({ status: "issued", invoice_number: "53001234" })
      expect(seen.find((r: { id: string }) => r.id === theirs)).toMatchObject({ status: "requested", invoice_number: null })
      // another institution's member: as if the order did not exist
      expect((await call(api.get(`/store/institution/orders/${order.id}/invoice-requests`, await actors.otherInstitutionMember()))).status).toBe(404)
    })
  },
})
