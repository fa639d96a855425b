import { describe, expect, it } from "vitest"
import { hasMatch, highlightRuns } from "../highlight"

describe("highlightRuns", () => {
  it("marks the infix the shopper typed (干巴 in 寻甸牛干巴)", () => {
    const runs = highlightRuns("寻甸牛干巴", [
      { text: "寻甸牛", match: false },
      { text: "干巴", match: true },
    ])
    expect(runs).toEqual([
      { text: "寻甸牛", match: false },
      { text: "干巴", match: true },
    ])
    expect(hasMatch(runs)).toBe(true)
  })

  it("joins neighbouring runs with the same marking and drops empty ones", () => {
    expect(
      highlightRuns("寻甸牛干巴", [
        { text: "寻甸", match: true },
        { text: "", match: false },
        { text: "牛", match: true },
        { text: "干", match: false },
        { text: "巴", match: false },
      ])
    ).toEqual([
      { text: "寻甸牛", match: true },
      { text: "干巴", match: false },
    ])
  })

  it("keeps markup-looking text as text, for React to escape", () => {
    const title = '<img src=x onerror="alert(1)">牛干巴'
    const runs = highlightRuns(title, [
      { text: '<img src=x onerror="alert(1)">', match: false },
      { text: "牛干巴", match: true },
    ])
    expect(runs.map((r) => r.text).join("")).toBe(title)
    expect(runs[1]).toEqual({ text: "牛干巴", match: true })
  })

  it("shows the whole title unmarked when the runs do not spell it", () => {
    const plain = [{ text: "东川面条", match: false }]
    expect(highlightRuns("东川面条", [{ text: "东川", match: true }])).toEqual(plain)
    expect(highlightRuns("东川面条", [{ text: "东川面条!", match: true }])).toEqual(plain)
    expect(hasMatch(plain)).toBe(false)
  })

  it("shows the whole title unmarked for a malformed highlight", () => {
    const plain = [{ text: "禄劝苦荞米", match: false }]
    expect(highlightRuns("禄劝苦荞米", null)).toEqual(plain)
    expect(highlightRuns("禄劝苦荞米", "禄劝<em>苦荞</em>米")).toEqual(plain)
    expect(highlightRuns("禄劝苦荞米", [{ text: "禄劝苦荞米", match: "yes" }])).toEqual(plain)
    expect(highlightRuns("禄劝苦荞米", [])).toEqual(plain)
  })

  it("renders nothing for an empty title", () => {
    expect(highlightRuns("", [{ text: "", match: true }])).toEqual([])
  })
})
