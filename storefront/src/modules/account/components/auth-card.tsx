import type { ReactNode } from "react"

export function AuthCard({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-md px-4 py-8 sm:py-14">
      <div className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100 sm:p-8">
        <h1 className="text-2xl font-bold text-earth-900">{title}</h1>
        {intro ? <p className="mt-2 text-sm text-earth-600">{intro}</p> : null}
        <div className="mt-6">{children}</div>
      </div>
    </div>
  )
}
