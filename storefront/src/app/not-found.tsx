import Link from "next/link"
import { en } from "@/lib/i18n/en"
import { zh } from "@/lib/i18n/zh"
import { BrandMark } from "@/modules/layout/components/brand-mark"
import "./globals.css"

/**
 * 404 for URLs outside any known locale (/fr, /foo/bar): the [locale] root layout
 * cannot render without a valid locale, so this page brings its own document, speaks
 * both languages and links to both home pages.
 */
export default function RootNotFound() {
  return (
    <html lang="zh-CN">
      <head>
        <title>{`404 — ${zh.notFound.title} / ${en.notFound.title}`}</title>
      </head>
      <body className="flex min-h-dvh flex-col bg-paper font-sans text-earth-900">
        <header className="border-b border-earth-100 bg-white">
          <div className="h-1 bg-linear-to-r from-brand-700 via-brand-500 to-gold-500" aria-hidden="true" />
          <div className="mx-auto flex max-w-6xl items-center gap-2.5 px-4 py-2.5 sm:px-6">
            <BrandMark className="h-9 w-9" />
            <p className="flex flex-col leading-tight">
              <span className="font-bold text-brand-700">{zh.brand.name}</span>
              <span className="text-xs text-earth-600" lang="en">
                {en.brand.name}
              </span>
            </p>
          </div>
        </header>
        <main className="flex flex-1 items-center justify-center px-4 py-16">
          <div className="grid max-w-3xl gap-10 text-center sm:grid-cols-2 sm:text-left">
            <p className="text-6xl font-bold tracking-widest text-brand-600 sm:col-span-2 sm:text-center">404</p>
            <section>
              <h1 className="text-2xl font-bold">{zh.notFound.title}</h1>
              <p className="mt-3 leading-relaxed text-earth-600">{zh.notFound.body}</p>
              <Link
                href="/zh"
                hrefLang="zh-CN"
                className="mt-6 inline-block rounded-full bg-brand-600 px-6 py-3 text-sm font-semibold text-white hover:bg-brand-700"
              >
                {zh.notFound.home}
              </Link>
            </section>
            <section lang="en">
              <h2 className="text-2xl font-bold">{en.notFound.title}</h2>
              <p className="mt-3 leading-relaxed text-earth-600">{en.notFound.body}</p>
              <Link
                href="/en"
                hrefLang="en"
                className="mt-6 inline-block rounded-full px-6 py-3 text-sm font-semibold text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50"
              >
                {en.notFound.home}
              </Link>
            </section>
          </div>
        </main>
      </body>
    </html>
  )
}
