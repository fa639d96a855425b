import { execFileSync } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { type PurchaseOrderData, renderPurchaseOrder } from "../purchase-order"

const sample: PurchaseOrderData = {
  order: { id: "order_01", display_id: 42, created_at: "2026-12-02T03:00:00Z", currency_code: "cny", subtotal: 6860, shipping: 20, total: 6880 },
  institution: {
    name: "昆明市某中学（示例01）",
    credit_code: "12530100MB0000001X",
    address: "昆明市五华区示例路01号",
    contact: "张老师 0871-63000001",
    invoice: { title: "昆明市某中学（示例01）", tax_id: "12530100MB0000001X", address: "昆明市五华区示例路01号", phone: "0871-63000001", bank: "示例银行昆明五华支行（示例02）", account: "2502 0000 0000 0000 01" },
  },
  purchaser: "李采购（purchaser@school01.fupin.local）",
  approval: { approver: "王审批（approver@school01.fupin.local）", decided_at: "2026-12-02T04:00:00Z", note: null },
  suppliers: [
    {
      name: "寻甸示例牛干巴有限公司（示例01）",
      total: 6240,
      lines: [{ title: "寻甸牛干巴", variant: "250g", sku: "XD-NGB-250", county: "寻甸回族彝族自治县", quantity: 80, unit_price: 78, total: 6240 }],
    },
    {
      name: "东川示例面条厂（示例02）",
      total: 620,
      lines: [{ title: "东川面条", variant: "1kg", sku: "DC-MT-1KG", county: "东川区", quantity: 31, unit_price: 20, total: 620 }],
    },
  ],
  counties: [
    { name: "寻甸回族彝族自治县", amount: 6240, agreement: true },
    { name: "东川区", amount: 620, agreement: false },
  ],
  payment: {
    reference: "FP20261202K7QW3M",
    account: { name: "昆明消费扶贫平台（示例）", bank: "示例银行昆明分行营业部（示例01）", account: "6200 0000 0000 0000 001" },
    status_label: "部分付款 Partly paid",
    deduction: 0,
    paid: 1000,
    outstanding: 5880,
    due: 6880,
  },
}

describe("采购单 PDF", () => {
  it("prints the institution, approver, suppliers, amounts and payment reference in Chinese that pdftotext can read back", async () => {
    const pdf = await renderPurchaseOrder(sample)
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    const dir = mkdtempSync(join(tmpdir(), "po-"))
    const file = join(dir, "po.pdf")
    writeFileSync(file, pdf)
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" })
    expect(text).toMatch(/^\s*采购单\s*$/m)
    for (const s of ["昆明市某中学（示例01）", "王审批", "寻甸示例牛干巴有限公司（示例01）", "东川示例面条厂（示例02）", "寻甸牛干巴", "¥6,240.00", "¥620.00", "¥6,880.00", "FP20261202K7QW3M", "6200 0000 0000 0000 001", "部分付款", "¥5,880.00", "开票信息", "示例银行昆明五华支行（示例02）", "2502 0000 0000 0000 01"]) {
      expect(text).toContain(s)
    }
    // fonts are embedded (a subset of Noto Sans SC), so the file prints the same anywhere
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" })
    expect(fonts).toMatch(/NotoSansSC/)
    expect(fonts.split("\n").filter((l) => /NotoSansSC/.test(l)).every((l) => /\byes\b/.test(l))).toBe(true)
    if (process.env.PO_PNG) execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", file, process.env.PO_PNG])
  })
})
