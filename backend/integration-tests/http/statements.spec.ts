import ExcelJS from "exceljs"
import Papa from "papaparse"
import { formatCny, statementMonthOf } from "@fupin/shared"
import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { institutionActors, LQ_NOODLES, shipAllLines, XD_DRIED_BEEF } from "../helpers/institution-orders"
import { pdfText } from "../helpers/pdf-text"
import { call } from "../helpers/shopping"

// Issue 11, statements: the demo school buys 寻甸牛干巴 (the demo supplier's)
// and 禄劝 魔芋面 (another supplier's); both ship; the school accepts the beef
// in full and notes a short bag of noodles; the operator records part of the
// money. The school's 对账单 and each supplier's 结算单 then agree with each
// other and with the order to the fen, in JSON, PDF, CSV and XLSX; each party
// sees only its own.

const fen = (yuan: number) => Math.round(yuan * 100)
const SCHOOL = "昆明市某中学（示例01）"

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let actors: Awaited<ReturnType<typeof institutionActors>>
    let supplierToken: string
    const month = statementMonthOf(new Date())
    const nextMonth = (() => {
      const [y, m] = month.split("-").map(Number) as [number, number]
      return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7)
    })()

    // one order, shipped by two suppliers, received with a shortfall on one, partly paid
    let order: { id: string; total: number }
    let beef: { fulfillment_id: string; supplier_id: string }
    let noodles: { fulfillment_id: string; supplier_id: string; unit_price: number }
    let paid: number

    beforeAll(async () => {
      const container = getContainer()
      actors = await institutionActors(api, container)
      supplierToken = (await api.post("/auth/supplier/emailpass", { email: "owner@supplier01.fupin.local", password: "fupin-demo" })).data.token as string
      order = await actors.placeOrder([
        { sku: XD_DRIED_BEEF, quantity: 3 }, // 3 × ¥68
        { sku: LQ_NOODLES, quantity: 6 }, // 6 × ¥19.9
      ])
      const shipped = [...(await shipAllLines(container, order.id)).entries()]
      const [beefSupplier, beefShipment] = shipped.find(([, s]) => s.lines[0]!.unit_price === 68)!
      const [noodleSupplier, noodleShipment] = shipped.find(([, s]) => s.lines[0]!.unit_price === 19.9)!
      beef = { fulfillment_id: beefShipment.fulfillment_id, supplier_id: beefSupplier }
      noodles = { fulfillment_id: noodleShipment.fulfillment_id, supplier_id: noodleSupplier, unit_price: 19.9 }
      const receipt = (fid: string, body: object) => call(api.post(`/store/institution/orders/${order.id}/shipments/${fid}/receipt`, body, actors.purchaser))
      expect((await receipt(beef.fulfillment_id, { decision: "accepted" })).status).toBe(201)
      const line = noodleShipment.lines[0]!
      expect((await receipt(noodles.fulfillment_id, { decision: "disputed", lines: [{ line_item_id: line.id, received_quantity: 5 }], note: "少一袋" })).status).toBe(201)
      paid = Math.round((order.total - 19.9 - 50) * 100) / 100 // ¥50 short of what is due
      const transfer = await actors.transfer(paid, order.id)
      expect(transfer.status).toBe(201)
    })

    const institutionStatement = (m = month, headers = actors.purchaser) => call(api.get(`/store/institution/statements/${m}`, headers))
    const asSupplier = (extra: object = {}) => ({ headers: { authorization: `Bearer ${supplierToken}` }, ...extra })

    it("the school's 对账单: the order, the deduction and the transfer move its balance, and the month's order stands where its payment page says", async () => {
      const res = await institutionStatement()
      expect(res.status).toBe(200)
      const s = res.data.statement
      expect(s).toMatchObject({ month, institution: { name: SCHOOL }, currency_code: "cny" })
      const mine = s.entries.filter((e: { order_id: string }) => e.order_id === order.id)
      expect(mine.map((e: { kind: string; amount: number }) => [e.kind, e.amount])).toEqual([
        ["order", order.total],
        ["deduction", -19.9],
        ["payment", -paid],
      ])
      expect(mine[1].detail).toBeTruthy() // the supplier whose shipment was short
      expect(mine[2].detail).toMatch(/TEST-\w+-1$/)
      // the ledger adds up: opening + every entry = closing, each running balance on the way, to the fen
      let balance = fen(s.opening)
      for (const e of s.entries) {
        balance += fen(e.amount)
        expect(fen(e.balance)).toBe(balance)
      }
      expect(fen(s.closing)).toBe(balance)
      expect(fen(s.opening) + fen(s.purchases) - fen(s.cancellations) - fen(s.deductions) - fen(s.payments)).toBe(fen(s.closing))

      // the order row agrees with the order's payment page
      const payment = (await api.get(`/store/institution/orders/${order.id}/payment`, actors.purchaser)).data.payment
      const row = s.orders.find((o: { order_id: string }) => o.order_id === order.id)
      expect(row).toMatchObject({ total: payment.total, deduction: payment.deduction, due: payment.due, paid: payment.paid, outstanding: payment.outstanding, shipments: 2, accepted_shipments: 2 })
      expect(row.outstanding).toBe(50)
      expect(row.payment_status_label.zh).toBe("部分付款")

      // next month opens with what this one closed with
      const next = (await institutionStatement(nextMonth)).data.statement
      expect(next.opening).toBe(s.closing)
      expect(next.entries.find((e: { order_id: string }) => e.order_id === order.id)).toBeUndefined()
    })

    it("each supplier's 结算单 holds only its own part, and the parts add up to the school's order to the fen", async () => {
      const own = await call(api.get(`/supplier/statements/${month}`, asSupplier()))
      expect(own.status).toBe(200)
      const a = own.data.statement
      expect(a.supplier.id).toBe(beef.supplier_id)
      const aSales = a.sales.filter((l: { order_id: string }) => l.order_id === order.id)
      expect(aSales).toEqual([expect.objectContaining({ buyer: SCHOOL, channel: "institution", quantity: 3, unit_price: 68, amount: 204, shipped_quantity: 3 })])
      expect(JSON.stringify(a)).not.toContain("魔芋")
      expect(JSON.stringify(a)).not.toContain("school01.fupin.local")
      expect(a.settlements.find((x: { fulfillment_id: string }) => x.fulfillment_id === beef.fulfillment_id)).toMatchObject({ shipped_amount: 204, deduction: 0, accepted_amount: 204, auto_accepted: false })
      expect(a.settlements.find((x: { fulfillment_id: string }) => x.fulfillment_id === noodles.fulfillment_id)).toBeUndefined()
      expect(fen(a.owed)).toBe(fen(a.shipped) - fen(a.deductions))

      // the operator's copy of the other supplier's
      const other = await call(api.get(`/admin/suppliers/${noodles.supplier_id}/statements/${month}`, actors.admin))
      expect(other.status).toBe(200)
      const b = other.data.statement
      const bSales = b.sales.filter((l: { order_id: string }) => l.order_id === order.id)
      expect(bSales).toEqual([expect.objectContaining({ quantity: 6, unit_price: 19.9, amount: 119.4 })])
      expect(b.settlements.find((x: { fulfillment_id: string }) => x.fulfillment_id === noodles.fulfillment_id)).toMatchObject({ shipped_amount: 119.4, deduction: 19.9, accepted_amount: 99.5 })

      // to the fen: the suppliers' sales plus shipping are the order's total; their deductions are the school's
      const shipping = (await api.get(`/admin/orders/${order.id}?fields=id,shipping_total`, actors.admin)).data.order.shipping_total as number
      const sold = [...aSales, ...bSales].reduce((sum: number, l: { amount: number }) => sum + fen(l.amount), 0)
      expect(sold + fen(shipping)).toBe(fen(order.total))
      const school = (await institutionStatement()).data.statement.orders.find((o: { order_id: string }) => o.order_id === order.id)
      expect(fen(school.deduction)).toBe(fen(19.9))
      // what the suppliers earn from the order plus shipping is what the school owes for it
      expect(fen(204) + fen(99.5) + fen(shipping)).toBe(fen(school.due))

      // the agreements count as delivered only what was accepted: all the beef, five of six bags of noodles
      const agreements = (await api.get("/store/institution/dashboard", actors.purchaser)).data.agreements as Array<{ county_handle: string; delivered_amount: number; ordered_amount: number }>
      expect(agreements.find((a) => a.county_handle === "xundian")?.delivered_amount).toBe(204)
      expect(agreements.find((a) => a.county_handle === "luquan")?.delivered_amount).toBe(99.5)
    })

    it("comes out as a PDF with the Chinese names and amounts, a CSV and an XLSX with the same figures", async () => {
      const s = (await institutionStatement()).data.statement
      const pdf = await call(api.get(`/store/institution/statements/${month}?format=pdf`, { ...actors.purchaser, responseType: "arraybuffer" }))
      expect(pdf.status).toBe(200)
      expect(pdf.headers["content-type"]).toBe("application/pdf")
      expect(pdf.headers["cache-control"]).toContain("no-store")
      const text = pdfText(Buffer.from(pdf.data))
      expect(text).toContain("对账单")
      expect(text).toContain(SCHOOL)
      expect(text).toContain(formatCny(order.total))
      expect(text).toContain(formatCny(s.closing))
      expect(text).toContain("验收扣减")

      const csv = await call(api.get(`/store/institution/statements/${month}?format=csv`, { ...actors.purchaser, responseType: "arraybuffer" }))
      expect(csv.status).toBe(200)
      expect(String(csv.headers["content-disposition"])).toMatch(/attachment; filename="DZ-\d{6}-\w+\.csv"/)
      const rows = Papa.parse<string[]>(Buffer.from(csv.data).toString("utf8").replace(/^\ufeff/, ""), { skipEmptyLines: true }).data
      expect(rows[0]).toEqual(["日期", "摘要", "订单号", "说明", "金额（元）", "余额（元）"])
      expect(rows[1]![1]).toBe("期初余额")
      expect(rows.at(-1)![1]).toBe("期末余额")
      expect(rows.at(-1)![5]).toBe(s.closing.toFixed(2))
      expect(rows.some((r) => r[1] === "验收扣减" && r[4] === "-19.90")).toBe(true)

      const xlsx = await call(api.get(`/store/institution/statements/${month}?format=xlsx`, { ...actors.purchaser, responseType: "arraybuffer" }))
      expect(xlsx.status).toBe(200)
      const book = new ExcelJS.Workbook()
      await book.xlsx.load(Buffer.from(xlsx.data) as unknown as ArrayBuffer)
      expect(book.worksheets.map((w) => w.name)).toEqual(["明细", "汇总", "本月订单"])
      const orders = book.getWorksheet("本月订单")!
      const totals: number[] = []
      orders.eachRow((r, n) => {
        if (n > 1) totals.push(Number(r.getCell(5).value))
      })
      expect(totals).toContain(order.total)

      // the supplier's, as PDF and CSV
      const spdf = await call(api.get(`/supplier/statements/${month}?format=pdf`, asSupplier({ responseType: "arraybuffer" })))
      expect(spdf.status).toBe(200)
      const stext = pdfText(Buffer.from(spdf.data))
      expect(stext).toContain("结算单")
      expect(stext).toContain(SCHOOL)
      expect(stext).toContain(formatCny(204))
      expect(stext).not.toContain("魔芋")
      const scsv = await call(api.get(`/supplier/statements/${month}?format=csv`, asSupplier({ responseType: "arraybuffer" })))
      const srows = Papa.parse<string[]>(Buffer.from(scsv.data).toString("utf8").replace(/^\ufeff/, ""), { skipEmptyLines: true }).data
      expect(srows[0]).toContain("应结金额")
      expect(srows.at(-1)![0]).toBe("合计")
    })

    it("answers each party with its own statement only, and refuses a bad month or format naming the field", async () => {
      // another institution's member reads its own 对账单: nothing of the school's
      const stranger = await actors.otherInstitutionMember()
      const theirs = await institutionStatement(month, stranger)
      expect(theirs.status).toBe(200)
      expect(theirs.data.statement.institution.name).not.toBe(SCHOOL)
      expect(JSON.stringify(theirs.data)).not.toContain(order.id)
      // a shopper who is no member: refused
      const shopper = await actors.register("statement-shopper@statements.test")
      expect((await institutionStatement(month, shopper.headers)).status).toBe(403)
      // nobody logged in
      expect((await call(api.get(`/supplier/statements/${month}`))).status).toBe(401)
      expect((await institutionStatement(month, actors.store)).status).toBeGreaterThanOrEqual(401)

      for (const bad of ["2026-13", "202612", "2026-1", "abc"]) {
        const res = await institutionStatement(bad)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/^month:/)
      }
      const format = await call(api.get(`/store/institution/statements/${month}?format=doc`, actors.purchaser))
      expect(format.status).toBe(400)
      expect(format.data.message).toMatch(/format/)
      expect((await call(api.get(`/admin/institutions/inst_missing/statements/${month}`, actors.admin))).status).toBe(404)
      // the operator's copies of the order's 采购单 and a shipment's 送货单
      const asAdmin = { ...actors.admin, responseType: "arraybuffer" as const }
      const po = await call(api.get(`/admin/orders/${order.id}/purchase-order.pdf`, asAdmin))
      expect(po.status).toBe(200)
      expect(pdfText(Buffer.from(po.data))).toContain(SCHOOL)
      const note = await call(api.get(`/admin/orders/${order.id}/fulfillments/${noodles.fulfillment_id}/delivery-note.pdf`, asAdmin))
      expect(note.status).toBe(200)
      expect(pdfText(Buffer.from(note.data))).toContain("魔芋")
      expect((await call(api.get(`/admin/orders/order_missing/purchase-order.pdf`, actors.admin))).status).toBe(404)
      // nobody but the operator
      expect((await call(api.get(`/admin/orders/${order.id}/purchase-order.pdf`, actors.purchaser))).status).toBe(401)
    })
  },
})
