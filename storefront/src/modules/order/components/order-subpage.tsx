import Link from "next/link"
import type { ReactNode } from "react"

/** A page under one of the shopper's orders (申请售后, 评价): back to the order, a title, what is asked about, the form. */
export function OrderSubpage({ backHref, backLabel, title, above, children }: {
  backHref: string
  backLabel: string
  title: string
  above?: ReactNode
  children: ReactNode
}) {
  return (
    <div className="mx-auto max-w-xl px-4 py-6 sm:px-6 sm:py-10">
      <Link href={backHref} className="text-sm font-medium text-earth-700 hover:text-brand-700">
        <span aria-hidden="true">← </span>
        {backLabel}
      </Link>
      <h1 className="mt-3 text-2xl font-bold text-earth-900">{title}</h1>
      {above}
      <section className="mt-5 rounded-2xl bg-white p-4 ring-1 ring-earth-100 sm:p-6">{children}</section>
    </div>
  )
}
