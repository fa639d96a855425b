import { describe, expect, it } from "vitest"
import { toSearchDocument } from "../lib/document"
import { highlightEnglish, highlightTitle } from "../lib/highlight"
import { parseQuery } from "../lib/query"
import { editDistance, hanGrams, normalize, pinyinForms, queryGrams, runs, typoBudget, vocabulary } from "../lib/text"

const marked = (segments: Array<{ text: string; match: boolean }>) => segments.filter((s) => s.match).map((s) => s.text)

describe("search text processing", () => {
  it("keeps the words a shopper may misspell: pinyin of syllable runs, the whole title, English words; no digits, no short words", () => {
    const words = vocabulary(["寻甸牛干巴（示例00012）", "Xundian Dried Beef", null])
    expect(words).toEqual(expect.arrayContaining(["xundian", "niuganba", "ganba", "xundianniuganba", "dried", "beef", "shili"]))
    expect(words).not.toContain("00012")
    expect(words).not.toContain("niu") // three letters: a typo there is another word
    expect(words).toEqual([...words].sort())
    expect(new Set(words).size).toBe(words.length)
  })

  it("counts an adjacent swap as one typo, and stops counting past the budget", () => {
    expect(editDistance("niuganab", "niuganba")).toBe(1)
    expect(editDistance("dongchaun", "dongchuan")).toBe(1)
    expect(editDistance("mianitao", "miantiao")).toBe(1)
    expect(editDistance("noodels", "noodles")).toBe(1)
    expect(editDistance("kuqiao", "kuqiaomi")).toBe(2)
    expect(editDistance("fengmi", "hetao", 1)).toBe(2)
    expect([typoBudget("ngb"), typoBudget("hetao"), typoBudget("dongchaun")]).toEqual([0, 1, 2])
  })

  it("normalises full-width letters, case, punctuation and emoji", () => {
    expect(normalize("ＮＩＵ干巴！🥩  Dried-Beef")).toBe("niu干巴 dried beef")
    expect(normalize("🥔🥩")).toBe("")
  })

  it("splits Chinese from Latin text, even without spaces", () => {
    expect(runs("xundian牛干巴 500g")).toEqual([
      { kind: "latin", text: "xundian" },
      { kind: "han", text: "牛干巴" },
      { kind: "latin", text: "500g" },
    ])
  })

  it("indexes Chinese as character unigrams and bigrams so that two-character infixes are found", () => {
    expect(hanGrams("牛干巴").sort()).toEqual(["巴", "干", "干巴", "牛", "牛干"].sort())
    expect(queryGrams("干巴")).toEqual(["干巴"])
    expect(queryGrams("面")).toEqual(["面"])
  })

  it("gives pinyin, initials and syllable-boundary suffixes", () => {
    const forms = pinyinForms("寻甸牛干巴")
    expect(forms.full).toBe("xundianniuganba")
    expect(forms.initials).toBe("xdngb")
    expect(forms.suffixes.split(" ")).toContain("niuganba")
  })

  it("expands synonyms inside a query word", () => {
    const texts = parseQuery("红土地土豆").terms[0]!.alternatives.map((a) => a.text)
    expect(texts).toEqual(expect.arrayContaining(["红土地土豆", "红土地马铃薯", "红土地洋芋"]))
    expect(parseQuery("苦荞").terms[0]!.alternatives.map((a) => a.text)).toContain("荞麦")
    expect(parseQuery("tudou").terms[0]!.alternatives.map((a) => a.text)).toContain("yangyu")
  })

  it("highlights Chinese, pinyin and initials matches on the Chinese title", () => {
    expect(marked(highlightTitle("禄劝干巴菌（干品）", parseQuery("干巴")))).toEqual(["干巴"])
    expect(marked(highlightTitle("寻甸牛干巴", parseQuery("niuganba")))).toEqual(["牛干巴"])
    expect(marked(highlightTitle("寻甸牛干巴", parseQuery("ngb")))).toEqual(["牛干巴"])
    expect(marked(highlightTitle("东川红土地洋芋", parseQuery("土豆")))).toEqual(["洋芋"])
    expect(marked(highlightEnglish("Xundian Dried Beef", parseQuery("dried beef")))).toEqual(["Dried", "Beef"])
  })

  it("builds an index row with price band, certificate flag and search forms", () => {
    const doc = toSearchDocument({
      id: "prod_1",
      handle: "xundian-dried-beef",
      title: "寻甸牛干巴",
      title_en: "Xundian Dried Beef",
      subtitle: null,
      description: "寻甸黄牛肉",
      description_en: null,
      thumbnail: null,
      county: { handle: "xundian", name_zh: "寻甸", full_zh: "寻甸回族彝族自治县", name_en: "Xundian" },
      township: "柯渡镇",
      supplier: { id: "sup_1", name: "寻甸示例牛肉合作社" },
      categories: [{ handle: "beef-products", name: "牛肉制品", name_en: "Beef products" }],
      category_groups: [{ handle: "meat", name: "肉禽蛋品", name_en: "Meat, poultry & eggs" }],
      variants: [
        { id: "v1", title: "250g", price: 68, in_stock: true },
        { id: "v2", title: "500g", price: 128, in_stock: false },
      ],
      certificate: { number: "KMFP-1", status: "certified", issued_at: "2020-01-01", expires_at: "2099-01-01" },
      popularity: 4,
    })
    expect(doc).toMatchObject({ price_min: 68, price_max: 128, price_band: "50-100", in_stock: true, certified: true, py_title: "xundianniuganba", py_initials: "xdngb" })
    expect(doc.title_grams).toContain("干巴")
    expect(doc.key_text).toContain("柯渡镇")
    // its kind is its own text; the kind's group is a key field, and both are facets and filters
    expect(doc.category_text).toBe("牛肉制品")
    expect(doc.key_text).toContain("肉禽蛋品")
    expect(doc.category_handles).toEqual(["beef-products", "meat"])
    expect(doc.en_text).toContain("meat poultry eggs")
    expect(doc.py_key).toContain("kedu")
    // the supplier's name is searched apart, as the weakest match
    expect(doc.key_text).not.toContain("合作社")
    expect(doc.supplier_text).toBe("寻甸示例牛肉合作社")
    expect(doc.supplier_grams).toContain("牛肉")
  })
})
