import type { ReactNode } from "react"

/** A friendly notice for when the shop backend cannot be reached. */
export function ServiceUnavailable({
  title,
  body,
  children,
  headingLevel = 2,
}: {
  title: string
  body: string
  children?: ReactNode
  headingLevel?: 1 | 2
}) {
  const Heading = headingLevel === 1 ? "h1" : "h2"
  return (
    <div role="status" className="mx-auto flex max-w-lg flex-col items-center rounded-2xl bg-white px-6 py-10 text-center shadow-sm ring-1 ring-earth-100">
      <svg viewBox="0 0 64 64" className="h-16 w-16" aria-hidden="true" focusable="false">
        <circle cx="32" cy="32" r="30" fill="#fbe3e0" />
        <path d="M18 40 L27 28 L33 35 L38 30 L46 40 Z" fill="#b0261f" opacity="0.85" />
        <circle cx="42" cy="22" r="4" fill="#d9a521" />
        <path d="M22 46 H42" stroke="#931d19" strokeWidth="2.5" strokeLinecap="round" />
      </svg>
      <Heading className="mt-4 text-xl font-bold text-earth-900">{title}</Heading>
      <p className="mt-2 text-sm leading-relaxed text-earth-600">{body}</p>
      {children ? <div className="mt-6 flex flex-wrap justify-center gap-3">{children}</div> : null}
    </div>
  )
}
