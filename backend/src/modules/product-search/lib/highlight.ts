import type { HighlightSegment } from "@fupin/shared"
import type { ParsedQuery } from "./query"
import { isHan, syllables } from "./text"

type Char = { index: number; norm: string }

function normChars(text: string): Char[] {
  const out: Char[] = []
  const chars = [...text]
  chars.forEach((ch, index) => {
    const norm = ch.normalize("NFKC").toLowerCase()
    if (/^[\p{L}\p{N}]+$/u.test(norm)) out.push({ index, norm })
  })
  return out
}

function markOccurrences(haystack: string, needle: string, onMatch: (start: number, end: number) => void) {
  if (!needle) return
  let from = 0
  for (;;) {
    const at = haystack.indexOf(needle, from)
    if (at < 0) return
    onMatch(at, at + needle.length)
    from = at + 1
  }
}

function segments(text: string, marked: Set<number>): HighlightSegment[] {
  const out: HighlightSegment[] = []
  ;[...text].forEach((ch, i) => {
    const match = marked.has(i)
    const last = out[out.length - 1]
    if (last && last.match === match) last.text += ch
    else out.push({ text: ch, match })
  })
  return out
}

/**
 * Cuts a Chinese title into matched and unmatched runs: Chinese terms (and
 * their synonyms) where they occur, Latin terms where they match the pinyin
 * or the initials of the title's characters (niuganba → 牛干巴, ngb → 牛干巴).
 */
export function highlightTitle(title: string, query: ParsedQuery): HighlightSegment[] {
  const chars = normChars(title)
  const marked = new Set<number>()
  // character string, and per-character pinyin spans
  const plain = chars.map((c) => c.norm).join("")
  const plainStarts: number[] = []
  let pos = 0
  for (const c of chars) {
    plainStarts.push(pos)
    pos += c.norm.length
  }
  const markPlain = (start: number, end: number) => {
    chars.forEach((c, i) => {
      const s = plainStarts[i]!
      if (s < end && s + c.norm.length > start) marked.add(c.index)
    })
  }
  const py = chars.map((c) => (isHan(c.norm) ? syllables(c.norm)[0] ?? c.norm : c.norm))
  const pyStarts: number[] = []
  let p = 0
  for (const s of py) {
    pyStarts.push(p)
    p += s.length
  }
  const pyFull = py.join("")
  const initials = py.map((s) => s[0] ?? "").join("")
  const markPinyin = (start: number, end: number) => {
    py.forEach((s, i) => {
      const st = pyStarts[i]!
      if (st < end && st + s.length > start) marked.add(chars[i]!.index)
    })
  }
  for (const term of query.terms) {
    for (const alt of term.alternatives) {
      if (term.kind === "han") {
        markOccurrences(plain, alt.text, markPlain)
        continue
      }
      const before = marked.size
      markOccurrences(plain, alt.text, markPlain)
      markOccurrences(pyFull, alt.text, markPinyin)
      if (marked.size === before && alt.text.length >= 2) {
        markOccurrences(initials, alt.text, (s, e) => {
          for (let i = s; i < e; i++) marked.add(chars[i]!.index)
        })
      }
    }
  }
  return segments(title, marked)
}

/** Cuts an English title into runs matching the query's Latin words. */
export function highlightEnglish(title: string | null, query: ParsedQuery): HighlightSegment[] {
  if (!title) return []
  const lower = [...title].map((c) => c.toLowerCase())
  const text = lower.join("")
  const marked = new Set<number>()
  for (const term of query.terms) {
    if (term.kind !== "latin") continue
    for (const alt of term.alternatives) {
      markOccurrences(text, alt.text, (s, e) => {
        for (let i = s; i < e; i++) marked.add(i)
      })
    }
  }
  return segments(title, marked)
}
