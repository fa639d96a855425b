import type { Locale, SupplierCertificationDTO, SupplierProductDTO } from "@fupin/shared"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { FormMessage } from "@/modules/common/components/field"
import { CertificationForm } from "../components/certification-form"
import { StatusBadge } from "../components/status-badge"
import { formatDay } from "../lib/format"
import { certificateLabel, certificateTone } from "../lib/labels"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { CERTIFICATION_FORM_STRINGS } from "@/modules/supplier-portal/components/certification-form.strings"

/**
 * The supplier's certificates with status, the operator's reasons and expiry; renewal
 * within 30 days of expiry; a new application for any product without a live one.
 */
export function CertificationView({
  locale,
  certifications,
  products,
  readOnly,
  done = null,
}: {
  locale: Locale
  certifications: SupplierCertificationDTO[]
  products: SupplierProductDTO[]
  readOnly: boolean
  /** what was just submitted (the form itself may have left the page) */
  done?: "applied" | "renewal_requested" | null
}) {
  const dict = getPortalDictionary(locale).certification
  const covered = new Set(certifications.filter((c) => c.status === "certified" || c.status === "applied").map((c) => c.product?.id))
  const applicable = products.filter((p) => !covered.has(p.id)).map((p) => ({ id: p.id, title: p.title }))
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold text-earth-900">{dict.title}</h1>
        <p className="text-base text-earth-700">{dict.intro}</p>
      </div>
      {done ? <FormMessage success={done === "applied" ? dict.applied : dict.renewalRequested} /> : null}
      {certifications.length ? (
        <ul className="space-y-3" data-testid="certifications">
          {certifications.map((c) => (
            <li key={c.id} id={`cert-${c.id}`} className="space-y-2 rounded-2xl bg-white p-4 ring-1 ring-earth-100">
              <p className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-semibold text-earth-900">{c.product?.title ?? c.number}</span>
                <span className="flex gap-1.5">
                  {c.renew_due ? <StatusBadge tone="wait">{dict.expiringSoon}</StatusBadge> : null}
                  <StatusBadge tone={certificateTone(c.status)}>{certificateLabel(c.status, locale)}</StatusBadge>
                </span>
              </p>
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
                {/* until certified, the number is the application's; the office's number replaces it at certification */}
                <dt className="text-earth-600">{c.status === "applied" ? dict.applicationNumber : dict.number}</dt>
                <dd className="text-earth-900">{c.number}</dd>
                <dt className="text-earth-600">{dict.validUntil}</dt>
                <dd className="text-earth-900">{formatDay(c.expires_at, locale)}</dd>
                {c.status_reason ? (
                  <>
                    <dt className="text-earth-600">{dict.reason}</dt>
                    <dd className="text-brand-800">{c.status_reason}</dd>
                  </>
                ) : null}
              </dl>
              {c.renew_due && !c.renewal_requested && c.product ? (
                <details className="rounded-xl bg-earth-50 p-3">
                  <summary className="min-h-10 cursor-pointer font-semibold text-brand-700">{dict.renew}</summary>
                  <div className="mt-2">
                    <ClientStrings locale={locale} pick={CERTIFICATION_FORM_STRINGS}>
                      <CertificationForm locale={locale} products={[]} renew={c.product} readOnly={readOnly} />
                    </ClientStrings>
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-2xl bg-white p-4 text-earth-700 ring-1 ring-earth-100">{dict.empty}</p>
      )}
      {applicable.length ? (
        <section aria-labelledby="apply" className="space-y-3 rounded-2xl bg-white p-4 ring-1 ring-earth-100">
          <h2 id="apply" className="text-lg font-bold text-earth-900">
            {dict.apply}
          </h2>
          <ClientStrings locale={locale} pick={CERTIFICATION_FORM_STRINGS}><CertificationForm locale={locale} products={applicable} readOnly={readOnly} /></ClientStrings>
        </section>
      ) : null}
    </div>
  )
}
