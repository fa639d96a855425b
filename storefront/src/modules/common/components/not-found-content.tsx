import Link from "next/link"
import type { Locale } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"

export function NotFoundContent({ locale }: { locale: Locale }) {
  const dict = getDictionary(locale)
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-16 text-center sm:py-24">
      <svg viewBox="0 0 120 80" className="h-24 w-36" aria-hidden="true" focusable="false">
        <path d="M6 70 L38 28 L58 50 L74 36 L114 70 Z" fill="#f6c4be" />
        <path d="M6 70 L38 28 L50 42 L30 70 Z" fill="#ec978d" />
        <circle cx="92" cy="18" r="9" fill="#f3d58a" />
        <path d="M2 72 H118" stroke="#b98a5c" strokeWidth="3" strokeLinecap="round" strokeDasharray="2 8" />
      </svg>
      <p className="mt-6 text-5xl font-bold tracking-widest text-brand-600">{dict.notFound.code}</p>
      <h1 className="mt-3 text-2xl font-bold text-earth-900">{dict.notFound.title}</h1>
      <p className="mt-3 leading-relaxed text-earth-600">{dict.notFound.body}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link
          href={localizedHref(locale)}
          className="rounded-full bg-brand-600 px-6 py-3 text-sm font-semibold text-white shadow-sm hover:bg-brand-700"
        >
          {dict.notFound.home}
        </Link>
        <Link
          href={`${localizedHref(locale)}#products`}
          className="rounded-full px-6 py-3 text-sm font-semibold text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50"
        >
          {dict.nav.allProducts}
        </Link>
      </div>
    </div>
  )
}
