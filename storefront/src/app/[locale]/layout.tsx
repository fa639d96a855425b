import type { Metadata, Viewport } from "next"
import { notFound } from "next/navigation"
import { HTML_LANG, isLocale } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import "../globals.css"

type Props = {
  children: React.ReactNode
  params: Promise<{ locale: string }>
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const dict = getDictionary(locale)
  return {
    title: { default: dict.meta.title, template: `%s | ${dict.meta.siteName}` },
    description: dict.meta.description,
    applicationName: dict.meta.siteName,
    icons: { icon: "/icon.svg" },
  }
}

export const viewport: Viewport = {
  themeColor: "#931d19",
  width: "device-width",
  initialScale: 1,
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()

  return (
    <html lang={HTML_LANG[locale]}>
      <body className="flex min-h-dvh flex-col font-sans">{children}</body>
    </html>
  )
}
