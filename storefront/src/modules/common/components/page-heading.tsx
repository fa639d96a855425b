import type { ReactNode } from "react"

export function PageHeading({ children, sub }: { children: ReactNode; sub?: ReactNode }) {
  return (
    <div className="mb-5 sm:mb-7">
      <h1 className="flex items-center gap-2 text-2xl font-bold text-earth-900 sm:text-3xl">
        <span className="inline-block h-6 w-1.5 rounded-full bg-brand-600" aria-hidden="true" />
        {children}
      </h1>
      {sub ? <p className="mt-1.5 text-sm text-earth-600 sm:text-base">{sub}</p> : null}
    </div>
  )
}

export function SectionHeading({ id, children, sub }: { id: string; children: ReactNode; sub?: ReactNode }) {
  return (
    <div className="mb-4 sm:mb-6">
      <h2 id={id} className="flex items-center gap-2 text-xl font-bold text-earth-900 sm:text-2xl">
        <span className="inline-block h-5 w-1.5 rounded-full bg-brand-600" aria-hidden="true" />
        {children}
      </h2>
      {sub ? <p className="mt-1 text-sm text-earth-600">{sub}</p> : null}
    </div>
  )
}
