import { SEARCH_QUERY_MAX_LENGTH } from "@fupin/shared"
import { normalize, runs, syllables } from "./text"

/**
 * Synonym groups, expanded at query time: a query naming one member also finds
 * products named with another (土豆 finds 东川红土地洋芋). Both engines use
 * this list; Meilisearch receives it as its `synonyms` setting.
 */
export const SYNONYM_GROUPS: string[][] = [
  ["土豆", "马铃薯", "洋芋"],
  ["荞麦", "苦荞"],
  ["番茄", "西红柿"],
  ["玉米", "苞谷"],
  ["红薯", "地瓜", "番薯"],
  ["核桃", "胡桃"],
  ["辣椒", "海椒"],
  ["米线", "米粉"],
  ["牛干巴", "风干牛肉"],
  ["菌子", "野生菌", "食用菌"],
]

/** Synonyms of single words (Meilisearch's `synonyms` setting shape). */
export function synonymMap(): Record<string, string[]> {
  const map: Record<string, string[]> = {}
  for (const group of SYNONYM_GROUPS) {
    for (const word of group) map[word] = group.filter((w) => w !== word)
  }
  return map
}

const PINYIN_SYNONYMS: Map<string, string[]> = (() => {
  const map = new Map<string, string[]>()
  for (const group of SYNONYM_GROUPS) {
    const forms = group.map((w) => syllables(w).join(""))
    for (const f of forms) map.set(f, forms.filter((o) => o !== f))
  }
  return map
})()

export type Alternative = { text: string; weight: number }
export type Term = {
  kind: "han" | "latin"
  text: string
  alternatives: Alternative[]
  /** the closest word in the index when `text` is misspelt (set by the engine's typo correction) */
  corrected?: string
}

export interface ParsedQuery {
  /** normalised query */
  text: string
  terms: Term[]
}

/** At most this many terms are searched; the rest of a very long query is ignored. */
export const MAX_TERMS = 6

/** Replaces, in a Chinese term, each synonym found by each other member of its group. */
function hanAlternatives(term: string): Alternative[] {
  const alts = new Map<string, number>([[term, 1]])
  for (const group of SYNONYM_GROUPS) {
    for (const word of group) {
      if (!term.includes(word)) continue
      for (const other of group) {
        if (other === word) continue
        const replaced = term.replace(word, other)
        if (!alts.has(replaced) && replaced.length > 0) alts.set(replaced, 0.9)
      }
    }
  }
  return [...alts].map(([text, weight]) => ({ text, weight }))
}

/** A Latin word and the pinyin of its synonyms (tudou → yangyu, malingshu), at 0.9 of its weight. */
export function latinAlternatives(word: string, weight = 1): Alternative[] {
  return [{ text: word, weight }, ...(PINYIN_SYNONYMS.get(word) ?? []).map((text) => ({ text, weight: weight * 0.9 }))]
}

/** Splits a query into terms (Chinese runs and Latin words), each with its synonym alternatives. */
export function parseQuery(raw: string): ParsedQuery {
  const text = normalize(raw.slice(0, SEARCH_QUERY_MAX_LENGTH))
  const terms: Term[] = []
  for (const run of runs(text)) {
    if (terms.length >= MAX_TERMS) break
    if (run.kind === "han") {
      terms.push({ kind: "han", text: run.text, alternatives: hanAlternatives(run.text) })
    } else {
      terms.push({ kind: "latin", text: run.text, alternatives: latinAlternatives(run.text) })
    }
  }
  return { text, terms }
}
