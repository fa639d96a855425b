import type { Locale } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import { SOURCE_COUNTIES } from "@/lib/util/product"
import { BrandMark } from "./brand-mark"

export function SiteFooter({ locale }: { locale: Locale }) {
  const dict = getDictionary(locale)
  return (
    <footer className="mt-auto bg-earth-900 text-earth-100">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:px-6 md:grid-cols-[2fr_1fr_1fr]">
        <div>
          <div className="flex items-center gap-2.5">
            <BrandMark className="h-9 w-9" />
            <p className="text-lg font-bold text-white">{dict.brand.name}</p>
          </div>
          <p className="mt-3 max-w-prose text-sm leading-relaxed text-earth-200">{dict.footer.about}</p>
        </div>
        <div>
          <h2 className="text-sm font-semibold text-white">{dict.footer.counties}</h2>
          <ul className="mt-3 space-y-1.5 text-sm text-earth-200">
            {SOURCE_COUNTIES.map((c) => (
              <li key={c.handle}>{locale === "zh" ? c.name_zh : c.name_en}</li>
            ))}
          </ul>
        </div>
        <div>
          <h2 className="text-sm font-semibold text-white">{dict.footer.contact}</h2>
          <p className="mt-3 text-sm text-earth-200">{dict.footer.contactLine}</p>
        </div>
      </div>
      <div className="border-t border-white/10">
        <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-4 text-xs text-earth-400 sm:flex-row sm:justify-between sm:px-6">
          <p>
            © {new Date().getFullYear()} {dict.footer.copyright}
          </p>
          <p>{dict.footer.demoNotice}</p>
        </div>
      </div>
    </footer>
  )
}
