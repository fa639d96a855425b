import { type InstitutionOrderPaymentDTO, type Locale, type OrderPaymentStatus } from "@fupin/shared"
import { getDictionary, interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { formatPrice } from "@/lib/util/price"
import { card } from "@/modules/common/components/field"
import { PageHeading } from "@/modules/common/components/page-heading"
import { formatDate } from "../lib/format"

const STATUS_STYLES: Record<OrderPaymentStatus, string> = {
  awaiting: "bg-amber-50 text-amber-900",
  partial: "bg-orange-50 text-orange-900",
  paid: "bg-brand-50 text-brand-800",
  overpaid: "bg-sky-50 text-sky-900",
}

/** An institution order's payment by bank transfer: where to pay, the reference to quote, what arrived, and its 采购单. */
export function InstitutionOrderPayment({ payment, locale }: { payment: InstitutionOrderPaymentDTO; locale: Locale }) {
  const dict = getDictionary(locale).institution
  const label = locale === "en" ? payment.status_label.en : payment.status_label.zh
  const rows: Array<[string, string, string?]> = payment.account
    ? [
        [dict.accountName, payment.account.name],
        [dict.accountBank, payment.account.bank],
        [dict.accountNumber, payment.account.account, "account-number"],
        [dict.paymentReference, payment.reference ?? "—", "payment-reference"],
        [dict.amountDue, formatPrice(payment.due, locale), "amount-due"],
      ]
    : []
  return (
    <div>
      <a href={localizedHref(locale, "/institution/orders")} className="text-sm text-brand-700 underline">
        {dict.backToOrders}
      </a>
      <PageHeading>{interpolate(dict.orderTitle, { id: String(payment.display_id ?? payment.order_id) })}</PageHeading>
      <section className={card} aria-labelledby="pay-title" data-testid="order-payment">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="pay-title" className="text-lg font-bold text-earth-900">
            {dict.payByTransfer}
          </h2>
          <span className={`rounded-full px-3 py-1 text-sm font-semibold ${STATUS_STYLES[payment.status]}`} data-testid="payment-status">
            {dict.paymentStatus}：{label}
          </span>
        </div>
        <PaymentTerms payment={payment} locale={locale} />
        {payment.account ? (
          <>
            <p className="mt-2 text-sm text-earth-700">{dict.payIntro}</p>
            <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
              {rows.map(([term, value, testId]) => (
                <div key={term} className="contents">
                  <dt className="text-sm text-earth-600">{term}</dt>
                  <dd className="font-semibold text-earth-900 tabular-nums" data-testid={testId}>
                    {value}
                  </dd>
                </div>
              ))}
            </dl>
          </>
        ) : (
          <p className="mt-2 text-earth-700">{dict.notByTransfer}</p>
        )}
        <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          {payment.deduction > 0 ? (
            <>
              <div>
                <dt className="inline text-earth-600">{dict.orderTotal} </dt>
                <dd className="inline font-semibold">{formatPrice(payment.total, locale)}</dd>
              </div>
              <div>
                <dt className="inline text-earth-600">{dict.orderDeduction} </dt>
                <dd className="inline font-semibold" data-testid="payment-deduction">
                  −{formatPrice(payment.deduction, locale)}
                </dd>
              </div>
            </>
          ) : null}
          <div>
            <dt className="inline text-earth-600">{dict.amountPaid} </dt>
            <dd className="inline font-semibold">{formatPrice(payment.paid, locale)}</dd>
          </div>
          <div>
            <dt className="inline text-earth-600">{dict.amountOutstanding} </dt>
            <dd className="inline font-semibold">{formatPrice(payment.outstanding, locale)}</dd>
          </div>
          {payment.overpaid > 0 ? (
            <div>
              <dt className="inline text-earth-600">{dict.amountOverpaid} </dt>
              <dd className="inline font-semibold">{formatPrice(payment.overpaid, locale)}</dd>
            </div>
          ) : null}
        </dl>
        <h3 className="mt-4 font-semibold text-earth-900">{dict.transfersTitle}</h3>
        {payment.transfers.length ? (
          <ul className="mt-1 space-y-1 text-sm text-earth-800">
            {payment.transfers.map((t) => (
              <li key={t.bank_reference}>
                {interpolate(dict.transferLine, { date: formatDate(t.received_at, locale), payer: t.payer_name, amount: formatPrice(t.amount, locale), ref: t.bank_reference })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-earth-700">{dict.transfersNone}</p>
        )}
      </section>
      <p className="mt-4">
        <a
          href={`/api/institution/orders/${encodeURIComponent(payment.order_id)}/purchase-order`}
          className="inline-block rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          data-testid="purchase-order-pdf"
        >
          {dict.purchaseOrderPdf}
        </a>
      </p>
    </div>
  )
}

/** The institution's terms and this order's due date: overdue in red, waiting for prepayment in amber. */
function PaymentTerms({ payment, locale }: { payment: InstitutionOrderPaymentDTO; locale: Locale }) {
  const dict = getDictionary(locale).institution
  const t = payment.terms
  const due = t.due_date ? formatDate(t.due_date, locale) : null
  let line: string
  let tone = "text-earth-700"
  if (t.overdue && due) {
    line = interpolate(dict.termsOverdue, { date: due, days: String(t.days_overdue) })
    tone = "rounded-lg bg-red-50 px-3 py-2 font-semibold text-red-800"
  } else if (t.awaiting_prepayment) {
    line = dict.termsAwaitingPrepayment
    tone = "rounded-lg bg-amber-50 px-3 py-2 font-semibold text-amber-900"
  } else if (t.terms === "net" && due && payment.outstanding > 0) {
    line = interpolate(dict.termsDueBy, { date: due })
  } else if (t.terms === "net" && payment.outstanding > 0) {
    line = dict.termsDueAfterReceipt
  } else {
    line = ""
  }
  return (
    <div className="mt-2 space-y-1 text-sm" data-testid="payment-terms">
      <p className="text-earth-600">
        {dict.termsLabel}：{t.label[locale]}
      </p>
      {line ? <p className={tone}>{line}</p> : null}
    </div>
  )
}
