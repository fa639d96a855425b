import { PAYMENT_REFERENCE_PATTERN } from "@fupin/shared"
import { describe, expect, it } from "vitest"
import BankTransferProviderService from "../service"

const account = { name: "昆明消费扶贫平台（示例）", bank: "示例银行昆明分行营业部（示例01）", account: "6200 0000 0000 0000 001" }
const provider = () => new BankTransferProviderService({}, { account })

describe("bank-transfer payment provider", () => {
  it("gives each session its own payment reference and the receiving account", async () => {
    const a = await provider().initiatePayment({ amount: 100, currency_code: "cny" })
    const b = await provider().initiatePayment({ amount: 100, currency_code: "cny" })
    expect(a.data).toMatchObject({ account })
    expect(String(a.data?.reference)).toMatch(PAYMENT_REFERENCE_PATTERN)
    expect(a.data?.reference).not.toBe(b.data?.reference)
  })

  it("authorizes without capturing: the money is still to come until the transfer is recorded", async () => {
    const p = provider()
    const { data } = await p.initiatePayment({ amount: 100, currency_code: "cny" })
    const authorized = await p.authorizePayment({ data })
    expect(authorized.status).toBe("authorized")
    expect((await p.getPaymentStatus({ data: authorized.data })).status).toBe("authorized")
    const captured = await p.capturePayment({ data: authorized.data })
    expect(captured.data?.reference).toBe(data?.reference)
    expect((await p.getPaymentStatus({ data: captured.data })).status).toBe("captured")
  })

  it("refuses to start without a receiving account", () => {
    expect(() => BankTransferProviderService.validateOptions({})).toThrow(/BANK_TRANSFER_/)
  })
})
