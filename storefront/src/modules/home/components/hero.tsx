import type { Locale } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import { countyShortName, SOURCE_COUNTIES } from "@/lib/util/product"

function CheckIcon() {
  return (
    <svg viewBox="0 0 20 20" className="h-4 w-4 shrink-0" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="9" fill="currentColor" opacity="0.25" />
      <path d="M6 10.5l2.5 2.5L14 7.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}

/** One signature product per source county, for the desktop collage (decorative). */
const SIGNATURE_IMAGES = [
  { src: "/images/products/noodles.svg", className: "left-0 top-10 -rotate-6" },
  { src: "/images/products/beef.svg", className: "right-0 top-0 rotate-3" },
  { src: "/images/products/buckwheat.svg", className: "bottom-0 left-1/2 -translate-x-1/2 rotate-2" },
]

export function Hero({ locale }: { locale: Locale }) {
  const dict = getDictionary(locale)
  const badges = [dict.hero.badgeCertified, dict.hero.badgeOrigin, dict.hero.badgeHouseholds]

  return (
    <section aria-labelledby="hero-title" className="relative overflow-hidden bg-brand-700 text-white">
      <div
        className="absolute inset-0 bg-[radial-gradient(circle_at_85%_20%,rgba(243,213,138,0.35),transparent_45%),linear-gradient(135deg,#931d19_0%,#b0261f_45%,#6b4426_100%)]"
        aria-hidden="true"
      />
      <svg
        className="absolute inset-x-0 bottom-0 h-24 w-full text-paper sm:h-32"
        viewBox="0 0 1200 160"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <path d="M0 120 L180 60 L330 110 L520 30 L700 100 L880 50 L1040 95 L1200 40 V160 H0 Z" fill="#ffffff" opacity="0.08" />
        <path d="M0 140 L220 95 L420 135 L640 80 L860 130 L1060 90 L1200 120 V160 H0 Z" fill="currentColor" />
      </svg>
      <div className="relative mx-auto grid max-w-6xl items-center gap-8 px-4 pb-20 pt-10 sm:px-6 sm:pb-28 sm:pt-14 lg:grid-cols-[3fr_2fr]">
        <div>
          <p className="inline-flex items-center gap-2 rounded-full bg-white/15 px-3 py-1 text-xs font-medium tracking-wide text-gold-300 ring-1 ring-white/20 sm:text-sm">
            {dict.hero.eyebrow}
          </p>
          <h1 id="hero-title" className="mt-4 text-balance text-3xl font-bold leading-tight tracking-wide sm:text-5xl">
            {dict.hero.title}
          </h1>
          <p className="mt-4 max-w-2xl text-[15px] leading-relaxed text-brand-50/90 sm:text-lg">{dict.hero.lead}</p>

          <ul className="mt-5 flex flex-wrap gap-x-5 gap-y-2 text-sm text-white/90">
            {badges.map((b) => (
              <li key={b} className="flex items-center gap-1.5">
                <span className="text-gold-300">
                  <CheckIcon />
                </span>
                {b}
              </li>
            ))}
          </ul>

          <div className="mt-7 flex flex-wrap items-center gap-4">
            <a
              href="#products"
              className="inline-flex items-center gap-2 rounded-full bg-gold-500 px-6 py-3 text-base font-semibold text-earth-900 shadow-lg shadow-black/20 transition hover:bg-gold-300"
            >
              {dict.hero.cta}
              <span aria-hidden="true">→</span>
            </a>
            <ul className="flex flex-wrap gap-2" aria-label={dict.hero.countiesLabel}>
              {SOURCE_COUNTIES.map((c) => (
                <li key={c.handle} className="rounded-md bg-white/10 px-2.5 py-1 text-sm ring-1 ring-white/25">
                  {countyShortName(c, locale)}
                </li>
              ))}
            </ul>
          </div>
        </div>

        <div className="relative hidden h-80 lg:block" aria-hidden="true">
          {SIGNATURE_IMAGES.map((img) => (
            <img
              key={img.src}
              src={img.src}
              alt=""
              width={200}
              height={200}
              className={`absolute h-48 w-48 rounded-2xl shadow-xl shadow-black/25 ring-4 ring-white/80 ${img.className}`}
            />
          ))}
        </div>
      </div>
    </section>
  )
}
