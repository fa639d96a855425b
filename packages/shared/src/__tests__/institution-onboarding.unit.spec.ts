import { describe, expect, it } from "vitest"
import { creditCodeCheckChar } from "../credit-code"
import { checkInstitutionImportRows, institutionKindFrom } from "../institution-onboarding"

const code = (n: number) => {
  const first17 = `91530100MA${String(n).padStart(7, "0")}`
  return first17 + creditCodeCheckChar(first17)
}
const row = (over: Record<string, string> = {}) => ({
  name: "昆明市某企业（示例01）",
  credit_code: code(1),
  kind: "企业",
  contact_name: "联系人",
  contact_phone: "138 0000 0001",
  ...over,
})

describe("the institution import's row check", () => {
  it("accepts a good row, normalising the code's case and the mobile's spaces, and reads the kind in Chinese", () => {
    const [checked] = checkInstitutionImportRows([row({ credit_code: code(1).toLowerCase(), parent_name: " 昆明市国资委 " })])
    expect(checked!.report).toMatchObject({ row: 2, ok: true, errors: [] })
    expect(checked!.input).toEqual({
      name: "昆明市某企业（示例01）",
      credit_code: code(1),
      kind: "enterprise",
      parent_name: "昆明市国资委",
      contact_name: "联系人",
      contact_phone: "13800000001",
      address: "",
    })
  })

  it("names each problem by column: missing, bad check character, unknown kind, not a mobile, duplicate in the file", () => {
    const rows = checkInstitutionImportRows([
      row(),
      row({ name: "", credit_code: code(2).slice(0, 17) + (code(2).endsWith("0") ? "1" : "0") }),
      row({ credit_code: code(3), kind: "诊所", contact_phone: "0871-64123456" }),
      row({ credit_code: code(1) }),
    ])
    expect(rows.map((r) => r.report.errors.map((e) => e.field))).toEqual([[], ["name", "credit_code"], ["kind", "contact_phone"], ["credit_code"]])
    expect(rows[3]!.report.errors[0]!.reason).toContain("第 2 行")
    expect(rows.slice(1).every((r) => r.input === null)).toBe(true)
  })

  it("knows the four kinds by their Chinese names and English words", () => {
    expect(["学校", "医院", "企业", "机关单位", "school", "Hospital"].map(institutionKindFrom)).toEqual([
      "school",
      "hospital",
      "enterprise",
      "government",
      "school",
      "hospital",
    ])
    expect(institutionKindFrom("诊所")).toBeNull()
  })
})
