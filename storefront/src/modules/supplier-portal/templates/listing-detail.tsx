import Link from "next/link"
import type { Locale, SupplierProductResponse } from "@fupin/shared"
import { localizedHref } from "@/lib/i18n/paths"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { FormMessage } from "@/modules/common/components/field"
import { ListingForm } from "../components/listing-form"
import { PriceCheck } from "../components/price-check"
import { StatusBadge } from "../components/status-badge"
import { certificateLabel, certificateTone, listingStatusLabel, listingTone } from "../lib/labels"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { LISTING_FORM_STRINGS } from "@/modules/supplier-portal/components/listing-form.strings"

export function ListingDetail({ locale, answer, readOnly, created }: { locale: Locale; answer: SupplierProductResponse; readOnly: boolean; created: boolean }) {
  const dict = getPortalDictionary(locale).listings
  const { product } = answer
  const live = product.status === "published" || product.status === "draft"
  return (
    <div className="space-y-4">
      <Link href={localizedHref(locale, "/supplier/listings")} className="inline-flex min-h-10 items-center text-base font-medium text-earth-700">
        <span aria-hidden="true">← </span>
        {dict.title}
      </Link>
      {created ? <FormMessage success={dict.created} /> : null}
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-2xl font-bold text-earth-900">{product.title}</h1>
        <StatusBadge tone={listingTone(product)} testId="listing-status">
          {listingStatusLabel(product, locale)}
        </StatusBadge>
        {product.certificate ? (
          <StatusBadge tone={certificateTone(product.certificate.status)}>
            {getPortalDictionary(locale).nav.certification} · {certificateLabel(product.certificate.status, locale)}
          </StatusBadge>
        ) : null}
      </div>
      {product.pending_change ? (
        <section aria-labelledby="pending-change" className="rounded-2xl bg-gold-300/30 p-4 ring-1 ring-gold-500" data-testid="pending-change">
          <h2 id="pending-change" className="font-bold text-earth-900">
            {dict.changeRequests}
          </h2>
          <ul className="mt-1 text-sm text-earth-800">
            {product.pending_change.changes.title ? <li>{dict.fields.title}{locale === "zh" ? "：" : ": "}{product.pending_change.changes.title}</li> : null}
            {product.pending_change.changes.description !== undefined ? <li>{dict.fields.description}</li> : null}
            {product.pending_change.changes.images ? <li>{dict.fields.images}</li> : null}
          </ul>
        </section>
      ) : null}
      <PriceCheck locale={locale} product={product} checks={answer.price_check} />
      {live ? <p className="text-sm text-earth-700">{dict.liveNote}</p> : null}
      <ClientStrings locale={locale} pick={LISTING_FORM_STRINGS}><ListingForm locale={locale} product={product} categories={[]} readOnly={readOnly} /></ClientStrings>
    </div>
  )
}
