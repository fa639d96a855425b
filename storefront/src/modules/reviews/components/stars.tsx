/** Five stars, `rating` of them filled (a half rounds to the nearer star); the label says it in words. */
export function Stars({ rating, label, size = "text-base" }: { rating: number; label: string; size?: string }) {
  const full = Math.round(rating)
  return (
    <span role="img" aria-label={label} className={`inline-flex leading-none tracking-tight ${size}`}>
      {[1, 2, 3, 4, 5].map((n) => (
        <span key={n} aria-hidden="true" className={n <= full ? "text-gold-500" : "text-earth-200"}>
          ★
        </span>
      ))}
    </span>
  )
}
