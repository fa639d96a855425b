import { pinyin } from "pinyin-pro"

/**
 * Text processing shared by both engines: normalisation, splitting Chinese from
 * Latin text, character n-grams for Chinese (PostgreSQL's pg_trgm ignores one-
 * and two-character Chinese words, and Intl.Segmenter leaves product names such
 * as 寻甸牛干巴 in single characters), and pinyin with initials.
 */

const HAN = /\p{Script=Han}/u
/** Anything that is neither a letter nor a digit (punctuation, symbols, emoji, spaces). */
const NOT_WORD = /[^\p{L}\p{N}]+/gu

export function isHan(ch: string): boolean {
  return HAN.test(ch)
}

/** NFKC (full-width → half-width), lower case, punctuation/emoji → one space, trimmed. */
export function normalize(text: string | null | undefined): string {
  if (!text) return ""
  return text.normalize("NFKC").toLowerCase().replace(NOT_WORD, " ").trim()
}

/** Normalised text without any spaces (how titles are compared). */
export function compact(text: string | null | undefined): string {
  return normalize(text).replace(/ /g, "")
}

export type Run = { kind: "han" | "latin"; text: string }

/** Splits normalised text into runs of Chinese characters and runs of Latin letters/digits. */
export function runs(text: string): Run[] {
  const out: Run[] = []
  for (const word of normalize(text).split(" ")) {
    if (!word) continue
    let current: Run | null = null
    for (const ch of word) {
      const kind = isHan(ch) ? "han" : "latin"
      if (current && current.kind === kind) current.text += ch
      else {
        current = { kind, text: ch }
        out.push(current)
      }
    }
  }
  return out
}

/** Character unigrams and bigrams of a Chinese run: 牛干巴 → 牛 干 巴 牛干 干巴. */
export function hanGrams(run: string): string[] {
  const chars = [...run]
  const grams = new Set<string>(chars)
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!)
  return [...grams]
}

/**
 * The grams a query term needs to find in a document: its bigrams (or the one
 * character). A document holding all of them is a candidate; the engine then
 * checks that the term occurs as a whole.
 */
export function queryGrams(term: string): string[] {
  const chars = [...term]
  if (chars.length < 2) return chars
  const grams = new Set<string>()
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!)
  return [...grams]
}

/** Grams of all Chinese runs in a text, plus its Latin words. */
export function textGrams(text: string | null | undefined): string[] {
  const grams = new Set<string>()
  for (const run of runs(text ?? "")) {
    if (run.kind === "han") for (const g of hanGrams(run.text)) grams.add(g)
    else grams.add(run.text)
  }
  return [...grams]
}

/** Toneless pinyin syllables of a Chinese run (ü written v): 牛干巴 → [niu, gan, ba]. */
export function syllables(run: string): string[] {
  return pinyin(run, { toneType: "none", type: "array", v: true }).map((s) => s.toLowerCase())
}

export interface PinyinForms {
  /** full pinyin, one word per Chinese run: 寻甸牛干巴 → "xundianniuganba" */
  full: string
  /** initials, one word per run: "xdngb" */
  initials: string
  /** every syllable-boundary suffix of each run, for typo-tolerant word matching: "xundianniuganba dianniuganba niuganba ganba ba" */
  suffixes: string
  /** per character of the compact text: its pinyin ("" for non-Chinese), to map pinyin matches back to characters */
  perChar: string[]
}

/** Pinyin forms of a text's Chinese runs; Latin runs are kept as they are. */
export function pinyinForms(text: string | null | undefined): PinyinForms {
  const full: string[] = []
  const initials: string[] = []
  const suffixes: string[] = []
  const perChar: string[] = []
  for (const run of runs(text ?? "")) {
    if (run.kind === "latin") {
      full.push(run.text)
      initials.push(run.text)
      suffixes.push(run.text)
      for (const ch of run.text) perChar.push(ch)
      continue
    }
    const syl = syllables(run.text)
    full.push(syl.join(""))
    initials.push(syl.map((s) => s[0] ?? "").join(""))
    for (let i = 0; i < syl.length; i++) suffixes.push(syl.slice(i).join(""))
    perChar.push(...syl)
  }
  return { full: full.join(" "), initials: initials.join(" "), suffixes: suffixes.join(" "), perChar }
}

/** Pinyin of a query term written in Chinese (for homophone matches): 寻店 → "xundian". */
export function termPinyin(term: string): string {
  return runs(term)
    .map((r) => (r.kind === "han" ? syllables(r.text).join("") : r.text))
    .join("")
}

/** Longest part of a Chinese run the typo vocabulary keeps as a word, besides the whole run: words people type are 1–4 syllables. */
const VOCABULARY_MAX_SYLLABLES = 4
/** Shorter words are never corrected: a typo in a 3-letter word is another word. */
export const VOCABULARY_MIN_LENGTH = 4

/**
 * The words a shopper may type in Latin letters and misspell, for typo
 * correction: the pinyin of every run of consecutive syllables inside each
 * Chinese run, up to four, and the whole run (寻甸牛干巴 → xundian, niuganba,
 * ganba, xundianniuganba…), and
 * each Latin word (English names). Digits alone are not words. Sorted, unique.
 */
export function vocabulary(texts: Array<string | null | undefined>): string[] {
  const words = new Set<string>()
  const add = (w: string) => {
    if (w.length >= VOCABULARY_MIN_LENGTH && /[a-z]/.test(w)) words.add(w)
  }
  for (const text of texts) {
    for (const run of runs(text ?? "")) {
      if (run.kind === "latin") {
        add(run.text)
        continue
      }
      const syl = syllables(run.text)
      add(syl.join(""))
      for (let i = 0; i < syl.length; i++) {
        for (let j = i + 1; j <= Math.min(syl.length, i + VOCABULARY_MAX_SYLLABLES); j++) add(syl.slice(i, j).join(""))
      }
    }
  }
  return [...words].sort()
}

/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions
 * counted as one edit: niuganab → niuganba is 1), stopping early above `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)]
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1)
      row.push(d)
      best = Math.min(best, d)
    }
    if (best > max) return max + 1
    rows.push(row)
  }
  return rows[a.length]![b.length]!
}

/** Typos allowed in a word of this length, as Meilisearch counts them: none below 5 letters, 1 from 5, 2 from 9. */
export function typoBudget(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0
}
