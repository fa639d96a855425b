"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { InvoiceRequestDTO, Locale } from "@fupin/shared"
import { type InvoiceRequestState, requestOrderInvoices } from "@/lib/actions/institution-invoice"
import { formatPrice } from "@/lib/util/price"
import { buttonSecondary, card, FormMessage } from "@/modules/common/components/field"

/** The order's 开票申请: each supplier's part, whether it has invoiced and with which number; a button asks the suppliers not yet asked. */
export function InvoiceRequests({ orderId, requests, suppliers, locale }: { orderId: string; requests: InvoiceRequestDTO[]; suppliers: number; locale: Locale }) {
  const t = useTranslations("institution.invoice")
  const [state, ask, asking] = useActionState<InvoiceRequestState, FormData>(requestOrderInvoices, { error: null })
  return (
    <section className={`${card} mt-4`} aria-labelledby="invoices-title" data-testid="invoice-requests">
      <h2 id="invoices-title" className="text-lg font-bold text-earth-900">
        {t("requestsTitle")}
      </h2>
      {requests.length ? (
        <ul className="mt-2 divide-y divide-earth-100 text-sm">
          {requests.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="invoice-request">
              <span className="font-semibold text-earth-900">{r.supplier_name}</span>
              <span className="tabular-nums">{formatPrice(r.amount, locale)}</span>
              <span className={r.status === "issued" ? "text-brand-700" : "text-amber-800"}>
                {r.status === "issued" && r.invoice_number
                  ? t("issuedLine", { number: r.invoice_number, date: r.issued_on ?? "" })
                  : r.status_label[locale]}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-earth-700">{t("requestsNone")}</p>
      )}
      {requests.length < suppliers ? (
        <form action={ask} className="mt-3">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="order_id" value={orderId} />
          <FormMessage error={state.error} success={state.done} />
          <button type="submit" className={`${buttonSecondary} mt-2`} disabled={asking}>
            {t("requestButton")}
          </button>
        </form>
      ) : null}
    </section>
  )
}
