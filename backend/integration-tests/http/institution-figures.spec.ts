import { Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"
import ExcelJS from "exceljs"
import Papa from "papaparse"
import { type AdminInstitutionFiguresResponse, beijingYearOf, statementMonthOf } from "@fupin/shared"
import { FIGURE_ROW_HEADERS } from "../../src/lib/institution/figure-sheets"
import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { institutionActors, LQ_NOODLES, XD_ERKUAI } from "../helpers/institution-orders"
import { call } from "../helpers/shopping"

// Issue 10, the operator's 机构采购统计: what the demo school's orders count
// per county × Beijing month, its agreements and reserved share exactly as
// its own dashboard shows them; a cancelled order takes its amounts back; the
// CSV and XLSX exports read back to the same numbers; operators only.

const { waitSubscribersExecution } = TestEventUtils
const SCHOOL = "昆明市某中学（示例01）"
const fen = (yuan: number) => Math.round(yuan * 100)

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let actors: Awaited<ReturnType<typeof institutionActors>>
    let school = ""
    const year = beijingYearOf()
    const month = statementMonthOf(new Date())

    beforeAll(async () => {
      actors = await institutionActors(api, getContainer())
      const found = await api.get(`/admin/institutions?q=${encodeURIComponent("示例01")}&limit=5`, actors.admin)
      school = found.data.institutions.find((i: { name: string }) => i.name === SCHOOL).id
    })

    const figures = async (query = `year=${year}&institution_id=${school}`) =>
      (await api.get(`/admin/institution-figures?${query}`, actors.admin)).data as AdminInstitutionFiguresResponse
    const cell = (f: AdminInstitutionFiguresResponse, county: string) =>
      f.rows.find((r) => r.institution_id === school && r.county_handle === county && r.month === month)
    const ordered = (f: AdminInstitutionFiguresResponse, county: string) => cell(f, county)?.ordered_amount ?? 0

    /** 10 × 寻甸 二块 (¥16.8) and 10 × 禄劝 魔芋面 (¥19.9): below the approval threshold, placed at once and counted. */
    async function placeSmallOrder() {
      const bus = getContainer().resolve(Modules.EVENT_BUS)
      const placed = waitSubscribersExecution("order.placed", bus)
      const order = await actors.placeOrder([
        { sku: XD_ERKUAI, quantity: 10 },
        { sku: LQ_NOODLES, quantity: 10 },
      ])
      await placed
      return order
    }

    it("an order of the demo purchaser shows in its county × month, as on the school's dashboard; cancelling it takes it back", async () => {
      const before = await figures()
      const order = await placeSmallOrder()
      const after = await figures()
      expect(fen(ordered(after, "xundian") - ordered(before, "xundian"))).toBe(16800)
      expect(fen(ordered(after, "luquan") - ordered(before, "luquan"))).toBe(19900)
      const xd = cell(after, "xundian")!
      expect(xd).toMatchObject({ institution_name: SCHOOL, county_name: "寻甸回族彝族自治县", month })
      expect(xd.agreement_id).toBeTruthy()

      // the same figures as the school's own dashboard, to the fen
      const dashboard = (await api.get("/store/institution/dashboard", actors.approver)).data
      const mine = after.institutions.find((i) => i.institution_id === school)!
      expect(mine.reserved_share).toEqual(dashboard.reserved_share)
      expect(mine.agreements.map(({ days_left: _d, ...a }) => a)).toEqual(dashboard.agreements.map(({ days_left: _d, ...a }: { days_left: number }) => a))
      const agreement = mine.agreements.find((a) => a.county_handle === "xundian")!
      expect(xd).toMatchObject({ agreement_id: agreement.id, agreement_amount: agreement.amount, progress: agreement.progress })
      // the month's sums and the county filter read the same rows
      expect(fen(after.by_month.find((m) => m.month === month)!.ordered_amount)).toBe(fen(after.rows.filter((r) => r.month === month).reduce((s, r) => s + r.ordered_amount, 0)))
      const onlyXundian = await figures(`year=${year}&institution_id=${school}&county=xundian`)
      expect(onlyXundian.rows.every((r) => r.county_handle === "xundian")).toBe(true)
      expect(cell(onlyXundian, "xundian")?.ordered_amount).toBe(xd.ordered_amount)
      // another year has none of it
      expect(cell(await figures(`year=${year - 1}&institution_id=${school}`), "xundian")).toBeUndefined()

      // the intent page reads the same counted amounts
      const intents = (await api.get(`/admin/purchase-intents?institution_id=${school}&county_handle=xundian`, actors.admin)).data.purchase_intents
      expect(intents[0]).toMatchObject({ ordered_amount: agreement.ordered_amount, paid_amount: agreement.paid_amount, delivered_amount: agreement.delivered_amount })

      const bus = getContainer().resolve(Modules.EVENT_BUS)
      const cancelled = waitSubscribersExecution("order.canceled", bus)
      expect((await call(api.post(`/admin/orders/${order.id}/cancel`, {}, actors.admin))).status).toBe(200)
      await cancelled
      const back = await figures()
      expect(fen(ordered(back, "xundian"))).toBe(fen(ordered(before, "xundian")))
      expect(fen(ordered(back, "luquan"))).toBe(fen(ordered(before, "luquan")))
      const backShare = back.institutions.find((i) => i.institution_id === school)!.reserved_share
      expect(fen(backShare.counted)).toBe(fen(before.institutions.find((i) => i.institution_id === school)!.reserved_share.counted))
    })

    it("exports the figures as CSV and XLSX with Chinese headers that parse back to the same numbers", async () => {
      await placeSmallOrder()
      const json = await figures()
      const q = `year=${year}&institution_id=${school}`
      const h = FIGURE_ROW_HEADERS

      const csv = await api.get(`/admin/institution-figures/export?${q}&format=csv`, { ...actors.admin, responseType: "arraybuffer" })
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      const parsed = Papa.parse<Record<string, string>>(Buffer.from(csv.data).toString("utf8").replace(/^\ufeff/, ""), { header: true, skipEmptyLines: true })
      expect(parsed.meta.fields).toEqual(Object.values(h))
      expect(parsed.data.length).toBe(json.rows.length)
      for (const r of json.rows) {
        const line = parsed.data.find((l) => l[h.county] === r.county_name && l[h.month] === r.month)!
        expect(line[h.institution]).toBe(SCHOOL)
        expect(fen(Number(line[h.ordered]))).toBe(fen(r.ordered_amount))
        expect(fen(Number(line[h.paid]))).toBe(fen(r.paid_amount))
        expect(fen(Number(line[h.delivered]))).toBe(fen(r.delivered_amount))
        expect(line[h.agreement] === "" ? null : fen(Number(line[h.agreement]))).toBe(r.agreement_amount === null ? null : fen(r.agreement_amount))
      }

      const xlsx = await api.get(`/admin/institution-figures/export?${q}&format=xlsx`, { ...actors.admin, responseType: "arraybuffer" })
      expect(xlsx.headers["content-type"]).toMatch(/spreadsheetml/)
      const book = new ExcelJS.Workbook()
      await book.xlsx.load(Buffer.from(xlsx.data) as never)
      expect(book.worksheets.map((s) => s.name)).toEqual(["按月明细", "协议执行", "预留份额"])
      const sheet = book.getWorksheet("按月明细")!
      const headers = (sheet.getRow(1).values as unknown[]).slice(1)
      expect(headers).toEqual(Object.values(h))
      const col = (name: string) => headers.indexOf(name) + 1
      const xd = json.rows.find((r) => r.county_handle === "xundian" && r.month === month)!
      let found = false
      sheet.eachRow((row, n) => {
        if (n === 1 || row.getCell(col(h.county)).value !== xd.county_name || row.getCell(col(h.month)).value !== month) return
        found = true
        expect(fen(Number(row.getCell(col(h.ordered)).value))).toBe(fen(xd.ordered_amount))
        expect(fen(Number(row.getCell(col(h.agreement)).value))).toBe(fen(xd.agreement_amount!))
      })
      expect(found).toBe(true)
      const share = book.getWorksheet("预留份额")!
      const mine = json.institutions.find((i) => i.institution_id === school)!.reserved_share
      expect(fen(Number(share.getRow(2).getCell(6).value))).toBe(fen(mine.counted))
    })

    it("answers 400 naming the field of a bad query", async () => {
      const bad = async (path: string, field: string) => {
        const res = await call(api.get(path, actors.admin))
        expect(res.status, path).toBe(400)
        expect(res.data.message, path).toContain(field)
      }
      await bad("/admin/institution-figures?year=20x6", "year")
      await bad("/admin/institution-figures?year=1899", "year")
      await bad("/admin/institution-figures?county=beijing", "county")
      await bad("/admin/institution-figures?institution_id=", "institution_id")
      await bad("/admin/institution-figures?colour=red", "colour")
      await bad("/admin/institution-figures/export?format=pdf", "format")
    })

    it("is the operator's only: a shopper, an institution member and a supplier are refused", async () => {
      const supplier = (await api.post("/auth/supplier/emailpass", { email: "owner@supplier01.fupin.local", password: "fupin-demo" })).data.token as string
      const shopper = await actors.register("figures-shopper@figures.test")
      for (const headers of [actors.store, shopper.headers, actors.approver, actors.purchaser, { headers: { authorization: `Bearer ${supplier}` } }]) {
        for (const path of ["/admin/institution-figures", "/admin/institution-figures/export?format=csv"]) {
          const res = await call(api.get(path, headers))
          expect(res.status, path).toBe(401)
        }
      }
    })
  },
})
