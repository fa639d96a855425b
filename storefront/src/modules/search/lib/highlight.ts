import type { HighlightSegment } from "@fupin/shared"

/** A run of text to render, marked when the query matched it. */
export interface HighlightRun {
  text: string
  match: boolean
}

function isSegment(value: unknown): value is HighlightSegment {
  if (typeof value !== "object" || value === null) return false
  const segment = value as { text?: unknown; match?: unknown }
  return typeof segment.text === "string" && typeof segment.match === "boolean"
}

/**
 * Reads the backend's highlight of `text` (matched and unmatched runs) into runs that
 * React renders as plain text and <mark>: never HTML. Empty runs are dropped and
 * neighbours with the same marking joined. When the runs do not spell `text` exactly
 * (a stale or malformed answer), the whole text comes back unmarked: showing the
 * title right matters more than showing the match.
 */
export function highlightRuns(text: string, segments: unknown): HighlightRun[] {
  if (!text) return []
  const plain = [{ text, match: false }]
  if (!Array.isArray(segments) || !segments.every(isSegment)) return plain
  const runs: HighlightRun[] = []
  for (const segment of segments) {
    if (!segment.text) continue
    const last = runs[runs.length - 1]
    if (last && last.match === segment.match) last.text += segment.text
    else runs.push({ text: segment.text, match: segment.match })
  }
  if (runs.map((r) => r.text).join("") !== text) return plain
  return runs
}

/** True when some part of the runs is a match. */
export function hasMatch(runs: readonly HighlightRun[]): boolean {
  return runs.some((r) => r.match)
}
