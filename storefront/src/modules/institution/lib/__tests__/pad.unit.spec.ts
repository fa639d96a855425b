import { describe, expect, it } from "vitest"
import { EMPTY_PAD, lineProblem, padLinesToday, padReducer, padTotals, parseDraft, serializeDraft, type PadItem } from "../pad"


function item(id: string, over: Partial<PadItem> = {}): PadItem {
  return {
    variant_id: id,
    sku: `SKU-${id}`,
    product_id: `prod_${id}`,
    product_title: `商品${id}`,
    variant_title: "500g",
    pack_size: 1,
    min_quantity: 1,
    min_order_note: null,
    unit_price: 12.5,
    currency_code: "cny",
    stock: 1000,
    county_handle: "xundian",
    county_name: "寻甸回族彝族自治县",
    supplier_name: null,
    certified: true,
    on_sale: true,
    ...over,
  }
}

describe("the order pad", () => {
  it("changes only the line that was typed into, so other rows keep their identity", () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ item: item(String(i)) }))
    const state = padReducer(EMPTY_PAD, { type: "add", items, mode: "add" })
    const next = padReducer(state, { type: "quantity", variant_id: "250", quantity: "40" })
    expect(next.lines).toHaveLength(500)
    expect(next.lines[250]!.quantity).toBe("40")
    expect(next.lines.filter((l, i) => l !== state.lines[i])).toHaveLength(1)
  })

  it("starts a line at the minimum in whole packs; search adds to a line, an upload sets it", () => {
    let state = padReducer(EMPTY_PAD, { type: "add", items: [{ item: item("a", { min_quantity: 5, pack_size: 4 }) }], mode: "add" })
    expect(state.lines[0]!.quantity).toBe("8")
    state = padReducer(state, { type: "add", items: [{ item: item("a", { min_quantity: 5, pack_size: 4 }) }], mode: "add" })
    expect(state.lines[0]!.quantity).toBe("16")
    state = padReducer(state, { type: "add", items: [{ item: item("a", { min_quantity: 5, pack_size: 4 }), quantity: 20 }], mode: "set" })
    expect(state.lines).toHaveLength(1)
    expect(state.lines[0]!.quantity).toBe("20")
  })

  it("names every reason a quantity cannot be ordered and never caps it", () => {
    const line = (quantity: string, over: Partial<PadItem> = {}) => ({ item: item("x", over), quantity })
    expect(lineProblem(line("abc"))).toEqual({ kind: "not-number" })
    expect(lineProblem(line("2.5"))).toEqual({ kind: "not-number" })
    expect(lineProblem(line("0"))).toEqual({ kind: "not-number" })
    expect(lineProblem(line("3", { min_quantity: 10 }))).toEqual({ kind: "below-min", min: 10 })
    expect(lineProblem(line("15", { pack_size: 10 }))).toEqual({ kind: "pack", pack: 10 })
    expect(lineProblem(line("1001"))).toEqual({ kind: "stock", stock: 1000 })
    expect(lineProblem(line("5", { on_sale: false }))).toEqual({ kind: "not-sellable" })
    // 500 is far above the shop's old 99 cap and within stock: fine.
    expect(lineProblem(line("500"))).toBeNull()
    expect(lineProblem(line("5000", { stock: null }))).toBeNull()
  })

  it("keeps the server's reason on a line until that line is changed", () => {
    let state = padReducer(EMPTY_PAD, { type: "add", items: [{ item: item("a") }, { item: item("b") }], mode: "add" })
    state = padReducer(state, { type: "server-errors", errors: { b: "库存不足" } })
    expect(lineProblem(state.lines[1]!)).toEqual({ kind: "server", message: "库存不足" })
    state = padReducer(state, { type: "quantity", variant_id: "b", quantity: "2" })
    expect(lineProblem(state.lines[1]!)).toBeNull()
  })

  it("totals exactly in fen and splits by county", () => {
    const state = padReducer(EMPTY_PAD, {
      type: "add",
      items: [
        { item: item("a", { unit_price: 0.1 }), quantity: 3 },
        { item: item("b", { unit_price: 19.99, county_handle: "luquan" }), quantity: 7 },
        { item: item("c", { unit_price: 100 }), quantity: 2 },
      ],
      mode: "set",
    })
    const totals = padTotals(state.lines)
    expect(totals.total).toBe(340.23)
    expect(totals.counties).toEqual([
      { handle: "xundian", amount: 200.3 },
      { handle: "luquan", amount: 139.93 },
    ])
    expect(totals.problems).toBe(0)
  })

  it("totals a line at the institutional price of its quantity: below a break, at it, and back under it", () => {
    const noodles = item("n", { unit_price: 11, price_tiers: [{ min_quantity: 1, unit_price: 11 }, { min_quantity: 50, unit_price: 10.5 }] })
    let state = padReducer(EMPTY_PAD, { type: "add", items: [{ item: noodles, quantity: 49 }], mode: "set" })
    expect(padTotals(state.lines).total).toBe(539)
    state = padReducer(state, { type: "quantity", variant_id: "n", quantity: "50" })
    expect(padTotals(state.lines).total).toBe(525)
    state = padReducer(state, { type: "quantity", variant_id: "n", quantity: "49" })
    expect(padTotals(state.lines).total).toBe(539)
  })

  it("keeps a draft through storage and ignores a broken one", () => {
    const state = padReducer(EMPTY_PAD, { type: "add", items: [{ item: item("a"), quantity: 7 }], mode: "set" })
    expect(parseDraft(serializeDraft(state))).toEqual(state.lines)
    expect(parseDraft("{not json")).toEqual([])
    expect(parseDraft(JSON.stringify({ v: 2, lines: [] }))).toEqual([])
  })
})

describe("再来一单 and 用此清单下单", () => {
  it("puts in the lines sellable today at their quantities and names the others by their saved title", () => {
    const today = [item("a"), item("b", { on_sale: false }), item("c", { certified: false })]
    const { items, missing } = padLinesToday(
      [
        { sku: "SKU-a", quantity: 7, title: "商品a 500g" },
        { sku: "SKU-b", quantity: 2, title: "下架的商品" },
        { sku: "SKU-c", quantity: 3, title: "认定失效的商品" },
        { sku: "SKU-gone", quantity: 1, title: "已删除的商品" },
        { sku: null, quantity: 1, title: "" },
      ],
      today
    )
    expect(items.map((i) => [i.item.variant_id, i.quantity])).toEqual([["a", 7]])
    expect(missing).toEqual(["下架的商品", "认定失效的商品", "已删除的商品", "—"])
  })
})
