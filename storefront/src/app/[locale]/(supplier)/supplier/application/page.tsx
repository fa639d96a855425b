import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { isLocale, SUPPLIER_STATUS_LABELS } from "@fupin/shared"
import { getPortalMe } from "@/lib/data/supplier-portal"
import { localizedHref } from "@/lib/i18n/paths"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { card } from "@/modules/common/components/field"
import { formatDateTime } from "@/modules/supplier-portal/lib/format"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getPortalDictionary(locale).application.title } : {}
}

/** A pending or rejected supplier's members see only this: where the application stands, and why. */
export default async function ApplicationStatusPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const me = await getPortalMe()
  if (!me) redirect(localizedHref(locale, "/supplier/login"))
  if (me.supplier.mode !== "application") redirect(localizedHref(locale, "/supplier"))
  const dict = getPortalDictionary(locale).application
  const rejected = me.supplier.status === "rejected"
  return (
    <div className="mx-auto max-w-xl px-4 py-6">
      <h1 className="text-2xl font-bold text-earth-900">{dict.title}</h1>
      <section className={card + " mt-4 space-y-3"}>
        <p
          data-testid="application-status"
          className={"inline-flex rounded-full px-4 py-1.5 text-lg font-bold " + (rejected ? "bg-brand-50 text-brand-800" : "bg-gold-300/50 text-earth-900")}
        >
          {SUPPLIER_STATUS_LABELS[me.supplier.status][locale]}
        </p>
        <p className="text-base text-earth-800">{rejected ? dict.rejectedBody : dict.pendingBody}</p>
        {rejected && me.supplier.review_note ? (
          <p className="rounded-lg bg-brand-50 p-3 text-base text-brand-900">
            <strong className="block">{dict.reason}</strong>
            <span data-testid="application-reason">{me.supplier.review_note}</span>
          </p>
        ) : null}
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-earth-600">{dict.legalName}</dt>
          <dd className="font-medium text-earth-900">{me.supplier.legal_name}</dd>
          <dt className="text-earth-600">{dict.submittedAt}</dt>
          <dd className="font-medium text-earth-900">{formatDateTime(me.supplier.applied_at, locale)}</dd>
        </dl>
      </section>
    </div>
  )
}
