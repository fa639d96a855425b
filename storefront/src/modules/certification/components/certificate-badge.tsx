import Link from "next/link"
import { CERTIFICATE_STATUS_LABELS, isCertificateStatus, type Locale, type StoreProductCertificate } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { isCertifiedNow } from "@/lib/util/product"

export function certificateHref(locale: Locale, number: string): string {
  return localizedHref(locale, `/certifications/${encodeURIComponent(number)}`)
}

/** The certified-shield glyph, its tick cut out: drawn by CSS (`.icon-shield` in globals.css) in the text's colour. */
export function ShieldIcon({ className = "h-5 w-5" }: { className?: string }) {
  return <span className={`icon-shield ${className}`} aria-hidden="true" />
}

/** The product page's certificate badge: status, number, and a link to the public verification page. */
export function CertificateBadge({ certificate, locale }: { certificate: StoreProductCertificate; locale: Locale }) {
  const dict = getDictionary(locale)
  const valid = isCertifiedNow({ certificate })
  const label = isCertificateStatus(certificate.status) ? CERTIFICATE_STATUS_LABELS[certificate.status][locale] : certificate.status
  return (
    <div
      className={
        "mt-4 flex items-start gap-3 rounded-xl px-4 py-3 ring-1 " +
        (valid ? "bg-emerald-50 text-emerald-900 ring-emerald-200" : "bg-brand-50 text-brand-800 ring-brand-200")
      }
    >
      <ShieldIcon className="mt-0.5 h-6 w-6 shrink-0" />
      <div className="min-w-0 text-sm">
        <p className="font-semibold">
          {dict.cert.badge} · {label}
        </p>
        <p className="mt-0.5">
          {dict.cert.number}{" "}
          <Link
            href={certificateHref(locale, certificate.number)}
            className="font-mono font-semibold underline underline-offset-4 hover:no-underline"
            data-testid="certificate-link"
          >
            {certificate.number}
          </Link>
          <span className="ml-1.5">({dict.cert.verify})</span>
        </p>
      </div>
    </div>
  )
}
