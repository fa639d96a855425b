/** The marketplace's mark: a sun over terraced red-earth hills. Decorative; the brand name is text. */
export function BrandMark({ className = "" }: { className?: string }) {
  return (
    <svg viewBox="0 0 40 40" className={className} aria-hidden="true" focusable="false">
      <rect width="40" height="40" rx="10" fill="#b0261f" />
      <circle cx="27" cy="13" r="5" fill="#f3d58a" />
      <path d="M4 30 L14 17 L21 25 L26 20 L36 30 Z" fill="#fbe3e0" />
      <path d="M4 30 H36 V36 H4 Z" fill="#d9a521" />
      <path d="M4 33 H36" stroke="#931d19" strokeWidth="1.5" />
    </svg>
  )
}
