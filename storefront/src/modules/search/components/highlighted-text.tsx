import type { HighlightRun } from "../lib/highlight"

/** Text with the query's matches in <mark>; every run is a React text node, never HTML. */
export function HighlightedText({ runs }: { runs: readonly HighlightRun[] }) {
  return (
    <>
      {runs.map((run, index) =>
        run.match ? (
          <mark key={index} className="rounded-sm bg-gold-300 px-px text-inherit">
            {run.text}
          </mark>
        ) : (
          <span key={index}>{run.text}</span>
        )
      )}
    </>
  )
}
