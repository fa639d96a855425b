import type { InvoiceRequestDTO, Locale } from "@fupin/shared"
import { interpolate } from "@/lib/i18n"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { formatPrice } from "@/lib/util/price"
import { IssueInvoiceForm } from "../components/issue-invoice-form"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { ISSUE_INVOICE_FORM_STRINGS } from "@/modules/supplier-portal/components/issue-invoice-form.strings"

/** The institutions' invoice requests: what to invoice, to whom (their 开票信息), and the form to record the invoice issued. */
export function InvoicesView({ requests, locale }: { requests: InvoiceRequestDTO[]; locale: Locale }) {
  const dict = getPortalDictionary(locale).invoices
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold text-earth-900">{dict.title}</h1>
        <p className="text-base text-earth-700">{dict.intro}</p>
      </div>
      {requests.length ? (
        <ul className="space-y-3" data-testid="supplier-invoice-requests">
          {requests.map((r) => (
            <li key={r.id} className="rounded-2xl bg-white p-4 ring-1 ring-earth-100">
              <p className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-semibold text-earth-900">
                  {interpolate(dict.order, { id: String(r.display_id ?? r.order_id) })} · {r.institution_name}
                </span>
                <span className="text-lg font-bold tabular-nums text-earth-900">{formatPrice(r.amount, locale)}</span>
              </p>
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                <dt className="text-earth-600">{dict.titleLabel}</dt>
                <dd className="text-earth-900">{r.invoice.title}</dd>
                <dt className="text-earth-600">{dict.taxId}</dt>
                <dd className="font-mono text-earth-900">{r.invoice.tax_id}</dd>
                <dt className="text-earth-600">{dict.addressPhone}</dt>
                <dd className="text-earth-900">
                  {r.invoice.address} {r.invoice.phone}
                </dd>
                <dt className="text-earth-600">{dict.bankAccount}</dt>
                <dd className="text-earth-900">
                  {r.invoice.bank} {r.invoice.account}
                </dd>
              </dl>
              {r.status === "issued" ? (
                <p className="mt-2 text-sm font-semibold text-brand-700">{interpolate(dict.issued, { number: r.invoice_number ?? "", date: r.issued_on ?? "" })}</p>
              ) : (
                <ClientStrings locale={locale} pick={ISSUE_INVOICE_FORM_STRINGS}><IssueInvoiceForm requestId={r.id} locale={locale} /></ClientStrings>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-earth-700">{dict.none}</p>
      )}
    </div>
  )
}
