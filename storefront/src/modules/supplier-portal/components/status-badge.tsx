const TONES = {
  good: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  wait: "bg-gold-300/40 text-earth-900 ring-gold-500",
  bad: "bg-brand-50 text-brand-800 ring-brand-200",
  plain: "bg-earth-50 text-earth-800 ring-earth-200",
} as const

/** A short status word in a coloured pill. */
export function StatusBadge({ tone, children, testId }: { tone: keyof typeof TONES; children: React.ReactNode; testId?: string }) {
  return (
    <span data-testid={testId} className={"inline-flex shrink-0 items-center rounded-full px-2.5 py-0.5 text-sm font-semibold ring-1 " + TONES[tone]}>
      {children}
    </span>
  )
}
