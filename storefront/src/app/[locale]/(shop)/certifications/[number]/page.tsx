import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { isLocale, type CertificateStatus, type Locale, KUNMING_TIME_ZONE } from "@fupin/shared"
import { getCertificate } from "@/lib/data/domain"
import { getDictionary, interpolate } from "@/lib/i18n"
import { decodeSegment, productHref } from "@/lib/i18n/paths"
import { ShieldIcon } from "@/modules/certification/components/certificate-badge"
import { renderOnFirstVisit } from "@/lib/static-pages"

// static: rendered on the first visit, cached until its reads' tags are revalidated (lib/static-pages.ts)
export const generateStaticParams = renderOnFirstVisit
export const revalidate = 300

type Props = { params: Promise<{ locale: string; number: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, number } = await params
  if (!isLocale(locale)) return {}
  return { title: `${getDictionary(locale).cert.heading} ${decodeSegment(number)}`, robots: { index: false } }
}

function formatDate(iso: string, locale: Locale) {
  return new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", { dateStyle: "long", timeZone: KUNMING_TIME_ZONE }).format(new Date(iso))
}

/** The public verification page a QR code on a package opens: is this certificate genuine and valid today? */
export default async function CertificatePage({ params }: Props) {
  const { locale, number: raw } = await params
  if (!isLocale(locale)) notFound()
  const dict = getDictionary(locale).cert
  const number = decodeSegment(raw).trim().toUpperCase()
  const certificate = /^[A-Z0-9-]{3,40}$/.test(number) ? await getCertificate(number) : null

  if (!certificate) {
    return (
      <div className="mx-auto max-w-xl px-4 py-14 text-center">
        <h1 className="text-2xl font-bold text-earth-900">{dict.notFoundTitle}</h1>
        <p className="mt-3 text-earth-700">{interpolate(dict.notFoundBody, { number })}</p>
      </div>
    )
  }

  const notes: Partial<Record<CertificateStatus, string>> = {
    suspended: dict.suspendedNote,
    revoked: dict.revokedNote,
    expired: dict.expiredNote,
    applied: dict.appliedNote,
  }
  const note = certificate.valid_now ? null : (notes[certificate.status] ?? dict.expiredNote)
  const rows: Array<[string, React.ReactNode]> = [
    [dict.number, <span key="n" className="font-mono">{certificate.number}</span>],
    [dict.status, certificate.status_label[locale]],
    [dict.issued, formatDate(certificate.issued_at, locale)],
    [dict.expires, formatDate(certificate.expires_at, locale)],
    [dict.office, certificate.certifying_office],
  ]
  if (certificate.county) rows.push([dict.countyLabel, locale === "zh" ? certificate.county.name_zh : certificate.county.name_en])
  if (certificate.product) {
    rows.push([
      dict.product,
      <Link key="p" href={productHref(locale, certificate.product.handle)} className="underline underline-offset-4 hover:text-brand-700">
        {certificate.product.title}
      </Link>,
    ])
  }
  if (certificate.supplier) rows.push([dict.supplier, certificate.supplier.name])

  return (
    <div className="mx-auto max-w-2xl px-4 py-8 sm:py-12">
      <h1 className="text-2xl font-bold text-earth-900 sm:text-3xl">{dict.heading}</h1>
      <p className="mt-2 text-sm text-earth-600">{dict.intro}</p>

      <div
        role="status"
        data-testid="certificate-verdict"
        className={
          "mt-6 flex items-center gap-3 rounded-2xl px-5 py-4 text-lg font-bold ring-2 " +
          (certificate.valid_now ? "bg-emerald-50 text-emerald-900 ring-emerald-600" : "bg-brand-50 text-brand-800 ring-brand-600")
        }
      >
        {certificate.valid_now ? (
          <ShieldIcon className="h-8 w-8 shrink-0" />
        ) : (
          <svg viewBox="0 0 20 20" className="h-8 w-8 shrink-0" aria-hidden="true" focusable="false">
            <circle cx="10" cy="10" r="9" fill="currentColor" />
            <path d="m6.5 6.5 7 7m0-7-7 7" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
          </svg>
        )}
        <span>
          {certificate.valid_now ? dict.validNow : dict.notValidNow}
          <span className="block text-sm font-medium">{certificate.status_label[locale]}</span>
        </span>
      </div>
      {note ? <p className="mt-3 rounded-lg bg-white px-4 py-3 text-sm font-medium text-brand-800 ring-1 ring-brand-200">{note}</p> : null}

      <dl className="mt-6 divide-y divide-earth-100 rounded-2xl bg-white text-sm ring-1 ring-earth-100">
        {rows.map(([label, value]) => (
          <div key={label} className="flex gap-4 px-4 py-3">
            <dt className="w-24 shrink-0 text-earth-600">{label}</dt>
            <dd className="min-w-0 text-earth-900">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
