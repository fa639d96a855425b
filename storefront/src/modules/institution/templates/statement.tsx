import { type InstitutionStatementDTO, type Locale, STATEMENT_ENTRY_LABELS } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { formatPrice } from "@/lib/util/price"
import { Figures, orderNo, StatementHeader, StatementSection } from "@/modules/common/components/statement-parts"
import { formatDate } from "../lib/format"

/** The institution's 对账单 for a month: headline figures, the ledger from opening to closing balance, the month's orders, and the files. */
export function InstitutionStatement({ statement: s, locale }: { statement: InstitutionStatementDTO; locale: Locale }) {
  const dict = getDictionary(locale).institution.statement
  const href = (path: string) => localizedHref(locale, path)
  const money = (n: number) => formatPrice(n, locale)
  return (
    <div className="space-y-6">
      <StatementHeader statement={s} labels={dict} pagePath={href("/institution/statements")} filesPath="/api/institution/statements" locale={locale} />
      <Figures
        locale={locale}
        items={[
          { label: dict.opening, amount: s.opening },
          { label: dict.purchases, amount: s.purchases },
          { label: dict.cancellations, amount: s.cancellations },
          { label: dict.deductions, amount: s.deductions },
          { label: dict.payments, amount: s.payments },
          { label: dict.closing, amount: s.closing, strong: true, testId: "statement-closing" },
        ]}
      />
      <StatementSection
        id="statement-ledger"
        title={dict.ledger}
        empty={dict.noEntries}
        columns={[{ header: dict.date }, { header: dict.kind }, { header: dict.order }, { header: dict.detail }, { header: dict.amount, numeric: true }, { header: dict.balance, numeric: true }]}
        rows={s.entries.map((e) => [
          formatDate(e.at, locale),
          STATEMENT_ENTRY_LABELS[e.kind][locale],
          <a key="o" href={href(`/institution/orders/${e.order_id}`)} className="font-semibold text-brand-700 underline">
            {orderNo(e.display_id, e.order_id)}
          </a>,
          e.detail || "—",
          money(e.amount),
          money(e.balance),
        ])}
      />
      <StatementSection
        id="statement-orders"
        title={dict.orders}
        empty={dict.noOrders}
        columns={[
          { header: dict.order },
          { header: dict.date },
          { header: dict.total, numeric: true },
          { header: dict.deduction, numeric: true },
          { header: dict.due, numeric: true },
          { header: dict.paid, numeric: true },
          { header: dict.outstanding, numeric: true },
          { header: dict.receipts },
          { header: dict.payment },
        ]}
        rows={s.orders.map((o) => [
          <a key="o" href={href(`/institution/orders/${o.order_id}`)} className="font-semibold text-brand-700 underline">
            {orderNo(o.display_id, o.order_id)}
          </a>,
          formatDate(o.placed_at, locale),
          money(o.total),
          money(o.deduction),
          money(o.due),
          money(o.paid),
          money(o.outstanding),
          `${o.accepted_shipments} / ${o.shipments}`,
          o.payment_status_label[locale],
        ])}
      />
    </div>
  )
}
