import { describe, expect, it } from "vitest"
import { type ReviewableLineRow, type ReviewableOrder, whyNotReviewable } from "../reviewable"

const shipped: ReviewableLineRow = { id: "ordli_1", product_id: "prod_1", detail: { shipped_quantity: 1, delivered_quantity: 0 } }
const order = (over: Partial<ReviewableOrder> = {}): ReviewableOrder => ({ id: "order_1", status: "pending", customer_id: "cus_1", metadata: null, items: [shipped], ...over })

describe("whether a shopper may review a line of its order", () => {
  it("may once the line has shipped or been delivered, and only once", () => {
    expect(whyNotReviewable(order(), shipped, false)).toBeNull()
    expect(whyNotReviewable(order({ status: "completed" }), { ...shipped, detail: { shipped_quantity: 0, delivered_quantity: 2 } }, false)).toBeNull()
    expect(whyNotReviewable(order(), shipped, true)).toMatch(/^line_item_id: 这件商品已经评价过了/)
  })
  it("may not before it ships, for a line of another order, nor a cancelled order", () => {
    expect(whyNotReviewable(order(), { ...shipped, detail: { shipped_quantity: 0 } }, false)).toMatch(/^line_item_id: 这件商品还没有发货/)
    expect(whyNotReviewable(order(), null, false)).toMatch(/^line_item_id: 这一行不属于该订单/)
    expect(whyNotReviewable(order({ status: "canceled" }), shipped, false)).toMatch(/^order: 订单已取消/)
  })
  it("leaves an institution's order to the institution: no shopper review", () => {
    expect(whyNotReviewable(order({ metadata: { institution_id: "inst_1" } }), shipped, false)).toMatch(/^order: 机构采购订单不在商城评价/)
  })
})
