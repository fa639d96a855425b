import { describe, expect, it } from "vitest"
import ExcelJS from "exceljs"
import { splitPaid } from "../../../workflows/institution/steps/load-order-purchases"
import { agreementFor } from "../../../workflows/institution/steps/count-order-purchases"
import { deliveryDateProblem } from "../pad"
import { PadFileError, padTemplate, readPadFile } from "../pad-file"
import { supplierMinimumNote } from "../provenance"

describe("requested delivery dates", () => {
  const today = new Date("2026-12-01T20:00:00Z") // 2026-12-02 04:00 in Kunming
  it("take a real calendar day from today (Kunming) on", () => {
    expect(deliveryDateProblem("2026-12-02", today)).toBe(false)
    expect(deliveryDateProblem("2027-02-28", today)).toBe(false)
    expect(deliveryDateProblem("2026-12-01", today)).toBe(true)
    expect(deliveryDateProblem("2027-02-30", today)).toBe(true)
    expect(deliveryDateProblem("2027/01/05", today)).toBe(true)
  })
})

describe("what is paid, spread over an order's counties", () => {
  it("goes in proportion to each county's amount, to the cent, adding up to what was paid", () => {
    const split = splitPaid([{ county_handle: "luquan", amount: 100 }, { county_handle: "xundian", amount: 200 }], 310)
    expect(split.map((s) => s.paid)).toEqual([103.33, 206.67])
    expect(splitPaid([{ county_handle: "xundian", amount: 50 }], 0)[0]!.paid).toBe(0)
  })
})

describe("the agreement a county's lines count toward", () => {
  const a = (id: string, county: string, start: string, end: string) => ({ id, county_handle: county, period_start: start, period_end: end, ordered_amount: 0, paid_amount: 0 })
  it("is the one whose period holds the order's date, else the first with that county, else none", () => {
    const list = [a("old", "xundian", "2025-01-01", "2025-12-31"), a("now", "xundian", "2026-01-01", "2026-12-31"), a("lq", "luquan", "2026-01-01", "2026-12-31")]
    expect(agreementFor(list, "xundian", new Date("2026-05-01"))?.id).toBe("now")
    expect(agreementFor(list, "xundian", new Date("2027-05-01"))?.id).toBe("old")
    expect(agreementFor(list, "dongchuan", new Date("2026-05-01"))).toBeUndefined()
  })
})

describe("a supplier's minimum", () => {
  it("is shown with the units of the variant it comes to", () => {
    expect(supplierMinimumNote({ quantity: 50, unit: "公斤" }, 250)).toMatch(/50 公斤（约 200 件）/)
    expect(supplierMinimumNote({ quantity: 20, unit: "箱" }, 250)).toMatch(/20 箱 \//)
    expect(supplierMinimumNote(null, 250)).toBeNull()
  })
})

describe("reading an order-pad file", () => {
  it("reads a CSV by its Chinese headers, in any column order, numbering rows as the file does", async () => {
    const csv = "\ufeff数量,商品编码/SKU,收货食堂\n3,XD-1,一号食堂\n\n5,LQ-2,\n"
    const rows = await readPadFile({ originalname: "pad.csv", buffer: Buffer.from(csv) })
    expect(rows).toEqual([
      { row: 2, sku: "XD-1", quantity: "3", requested_delivery_date: "", canteen: "一号食堂" },
      { row: 4, sku: "LQ-2", quantity: "5", requested_delivery_date: "", canteen: "" },
    ])
  })

  it("reads an XLSX, dates as YYYY-MM-DD", async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet("x")
    sheet.addRow(["商品编码/SKU", "数量", "要求送达日期"])
    sheet.addRow(["XD-1", 12, new Date("2026-12-20T00:00:00+08:00")])
    const rows = await readPadFile({ originalname: "pad.xlsx", buffer: Buffer.from(await workbook.xlsx.writeBuffer()) })
    expect(rows).toEqual([{ row: 2, sku: "XD-1", quantity: "12", requested_delivery_date: "2026-12-20", canteen: "" }])
  })

  it("refuses a file without the SKU or quantity column, an empty one, and one that is neither CSV nor XLSX", async () => {
    await expect(readPadFile({ originalname: "a.csv", buffer: Buffer.from("名称,数量\nx,1") })).rejects.toThrow(PadFileError)
    await expect(readPadFile({ originalname: "a.csv", buffer: Buffer.from("商品编码/SKU,数量\n") })).rejects.toThrow(/no data rows/)
    await expect(readPadFile({ originalname: "a.pdf", buffer: Buffer.from("%PDF") })).rejects.toThrow(/CSV or XLSX/)
  })

  it("reads back its own templates", async () => {
    for (const format of ["csv", "xlsx"] as const) {
      const t = await padTemplate(format)
      await expect(readPadFile({ originalname: t.filename, buffer: t.body })).rejects.toThrow(/no data rows/)
    }
  })
})
