import { execFileSync } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import type { InstitutionStatementDTO, SupplierStatementDTO } from "@fupin/shared"
import { renderInstitutionStatement, renderSupplierStatement } from "../statements"
import { institutionStatementSheets, supplierStatementSheets, toCsv } from "../../statements/tables"

// Fixed statements drawn as the routes draw them; STATEMENT_PNG=/tmp/st renders page 1 of each for a person to look at.

const institution: InstitutionStatementDTO = {
  month: "2026-11",
  from: "2026-10-31T16:00:00.000Z",
  to: "2026-11-30T16:00:00.000Z",
  generated_at: "2026-12-02T02:00:00.000Z",
  institution: { id: "inst_01SCHOOL0001", name: "昆明市某中学（示例01）", credit_code: "12530100MB0000001X", address: "昆明市五华区示例路01号", contact: "张老师 0871-63000001", invoice: null },
  currency_code: "cny",
  opening: 1200,
  purchases: 6880,
  cancellations: 0,
  deductions: 78,
  payments: 7002,
  closing: 1000,
  entries: [
    { at: "2026-11-03T02:00:00.000Z", kind: "payment", order_id: "order_40", display_id: 40, detail: "昆明市某中学（示例01） · BK-20261103-01", amount: -1200, balance: 0 },
    { at: "2026-11-10T02:00:00.000Z", kind: "order", order_id: "order_42", display_id: 42, detail: "", amount: 6880, balance: 6880 },
    { at: "2026-11-12T02:00:00.000Z", kind: "deduction", order_id: "order_42", display_id: 42, detail: "寻甸示例牛干巴有限公司（示例01）", amount: -78, balance: 6802 },
    { at: "2026-11-20T02:00:00.000Z", kind: "payment", order_id: "order_42", display_id: 42, detail: "昆明市某中学（示例01） · BK-20261120-07", amount: -5802, balance: 1000 },
  ],
  orders: [
    {
      order_id: "order_42",
      display_id: 42,
      placed_at: "2026-11-10T02:00:00.000Z",
      placed_by: "李采购（purchaser@school01.fupin.local）",
      status: "completed",
      total: 6880,
      deduction: 78,
      due: 6802,
      paid: 5802,
      outstanding: 1000,
      overpaid: 0,
      shipments: 2,
      accepted_shipments: 2,
      payment_status_label: { zh: "部分付款", en: "Partly paid" },
      due_date: "2026-12-12T02:00:00.000Z",
      overdue: false,
    },
  ],
}

const supplier: SupplierStatementDTO = {
  month: "2026-11",
  from: "2026-10-31T16:00:00.000Z",
  to: "2026-11-30T16:00:00.000Z",
  generated_at: "2026-12-02T02:00:00.000Z",
  supplier: { id: "sup_01XUNDIAN0001", legal_name: "寻甸示例牛干巴有限公司（示例01）", credit_code: "91530129MA0000001X", county: "寻甸回族彝族自治县" },
  currency_code: "cny",
  sold: 6278,
  shipped: 6278,
  deductions: 78,
  owed: 6200,
  awaiting_acceptance: 0,
  sales: [
    { order_id: "order_42", display_id: 42, placed_at: "2026-11-10T02:00:00.000Z", buyer: "昆明市某中学（示例01）", channel: "institution", order_status: "completed", title: "寻甸牛干巴 · 250g", sku: "XD-NGB-250", quantity: 80, unit_price: 78, amount: 6240, shipped_quantity: 80 },
    { order_id: "order_43", display_id: 43, placed_at: "2026-11-11T02:00:00.000Z", buyer: "零售", channel: "retail", order_status: "completed", title: "寻甸牛干巴 · 100g", sku: "XD-NGB-100", quantity: 1, unit_price: 38, amount: 38, shipped_quantity: 1 },
  ],
  settlements: [
    { order_id: "order_43", display_id: 43, fulfillment_id: "ful_43", buyer: "零售", channel: "retail", shipped_at: "2026-11-11T06:00:00.000Z", accepted_at: "2026-11-11T06:00:00.000Z", auto_accepted: false, shipped_amount: 38, deduction: 0, accepted_amount: 38 },
    { order_id: "order_42", display_id: 42, fulfillment_id: "ful_42", buyer: "昆明市某中学（示例01）", channel: "institution", shipped_at: "2026-11-11T02:00:00.000Z", accepted_at: "2026-11-12T02:00:00.000Z", auto_accepted: false, shipped_amount: 6240, deduction: 78, accepted_amount: 6162 },
  ],
}

function textOf(pdf: Buffer, name: string): string {
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
  const file = join(mkdtempSync(join(tmpdir(), "statement-")), `${name}.pdf`)
  writeFileSync(file, pdf)
  if (process.env.STATEMENT_PNG) execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", file, `${process.env.STATEMENT_PNG}-${name}`])
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" })
}

describe("对账单 and 结算单", () => {
  it("the 对账单 prints the institution, the opening and closing balance and every ledger line with its running balance", async () => {
    const text = textOf(await renderInstitutionStatement(institution), "institution")
    expect(text).toMatch(/^\s*对账单\s*$/m)
    for (const s of ["昆明市某中学（示例01）", "12530100MB0000001X", "2026-11-01 至 2026-11-30", "DZ-202611-OL0001", "¥1,200.00", "¥6,880.00", "-¥78.00", "¥6,802.00", "BK-20261120-07", "-¥5,802.00", "¥1,000.00", "部分付款 ·", "2026-12-12前", "2026-11-30 月末"]) {
      expect(text).toContain(s)
    }
    // no 开票信息 yet: it says so rather than printing blanks
    expect(text).toContain("采购单位尚未填写开票信息")
    // nothing cancelled prints ¥0.00, not −¥0.00
    expect(text).not.toContain("-¥0.00")
  })

  it("the 结算单 prints the supplier, its settled shipments less deductions, and its sales", async () => {
    const text = textOf(await renderSupplierStatement(supplier), "supplier")
    expect(text).toMatch(/^\s*结算单\s*$/m)
    for (const s of ["寻甸示例牛干巴有限公司（示例01）", "JS-202611-AN0001", "¥6,240.00", "¥78.00", "¥6,162.00", "¥6,200.00", "零售发货", "XD-NGB-250"]) {
      expect(text).toContain(s)
    }
  })

  it("the tables: the 对账单 CSV runs from the opening to the closing balance; the 结算单 CSV ends with its total", () => {
    const csv = toCsv(institutionStatementSheets(institution)[0]!).body.toString("utf8")
    expect(csv.startsWith("\ufeff日期,摘要,订单号,说明,金额（元）,余额（元）")).toBe(true)
    const lines = csv.trim().split("\r\n")
    expect(lines[1]).toContain("期初余额")
    expect(lines[1]).toContain("1200.00")
    expect(lines.at(-1)).toContain("期末余额")
    expect(lines.at(-1)).toContain("1000.00")
    expect(lines).toHaveLength(institution.entries.length + 3)
    const s = toCsv(supplierStatementSheets(supplier)[0]!).body.toString("utf8").trim().split("\r\n")
    expect(s.at(-1)).toBe("合计,,,,,6278.00,78.00,6200.00")
  })
})
