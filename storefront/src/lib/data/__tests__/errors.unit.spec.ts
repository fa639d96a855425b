import { describe, expect, it } from "vitest"
import { formStateFromError } from "../errors"

const FIELDS = ["items", "reason", "photos"] as const
const values = { note: "有一袋打开有异味" }

// What a shopper sees after the backend refuses a form: the message beside the field it names, what they typed kept.
describe("formStateFromError", () => {
  it("puts a 400 naming a field beside that field, in the page's language, without the field's name", () => {
    const error = { status: 400, message: "photos: 请上传商品照片，便于商家和平台核实 / add a photo of the goods" }
    expect(formStateFromError(error, { fields: FIELDS, locale: "zh", values, fallback: "x" })).toEqual({
      error: null,
      fields: { photos: "请上传商品照片，便于商家和平台核实" },
      values,
    })
    expect(formStateFromError(error, { fields: FIELDS, locale: "en", values, fallback: "x" }).fields).toEqual({ photos: "add a photo of the goods" })
  })

  it("reads the field out of Medusa's validator wording and of an indexed path", () => {
    const medusa = { status: 400, message: "Invalid request: Value for field 'reason' is not one of the options" }
    expect(formStateFromError(medusa, { fields: FIELDS, locale: "zh", values, fallback: "x" }).fields).toHaveProperty("reason")
    const indexed = { status: 400, message: "items[0].quantity: 最多可退 1 件 / at most 1 can go back" }
    expect(formStateFromError(indexed, { fields: FIELDS, locale: "zh", values, fallback: "x" }).fields).toEqual({ items: "最多可退 1 件" })
  })

  it("shows a 400 naming no field of the form above it, and anything else as it came or as the fallback", () => {
    const other = { status: 400, message: "order: 订单已超过售后期限 / the return window has closed" }
    expect(formStateFromError(other, { fields: FIELDS, locale: "zh", values, fallback: "x" })).toEqual({ error: "订单已超过售后期限", fields: {}, values })
    expect(formStateFromError({ status: 500, message: "fetch failed" }, { fields: FIELDS, locale: "zh", values, fallback: "服务暂不可用" }).error).toBe("服务暂不可用")
  })
})
