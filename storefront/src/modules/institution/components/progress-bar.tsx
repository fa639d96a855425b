/** A labelled progress bar; over 100 % (institutions may buy more than promised) fills and says so. */
export function ProgressBar({ ratio, label, text }: { ratio: number; label: string; text: string }) {
  const width = Math.max(0, Math.min(1, ratio)) * 100
  return (
    <div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(ratio * 1000) / 10}
        aria-valuetext={text}
        className="h-2.5 overflow-hidden rounded-full bg-earth-100"
      >
        <div className={"h-full rounded-full " + (ratio >= 1 ? "bg-emerald-600" : "bg-brand-600")} style={{ width: `${width}%` }} />
      </div>
      <p className="mt-1 text-sm text-earth-700">{text}</p>
    </div>
  )
}
