import type { Locale, SupplierStatementDTO } from "@fupin/shared"
import { localizedHref } from "@/lib/i18n/paths"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { formatPrice } from "@/lib/util/price"
import { Figures, orderNo, StatementHeader, StatementSection } from "@/modules/common/components/statement-parts"
import { formatDate } from "@/modules/institution/lib/format"

/** The supplier's 结算单 for a month: what it sold, what its settled shipments earn after deductions, and the files. */
export function SupplierStatement({ statement: s, locale }: { statement: SupplierStatementDTO; locale: Locale }) {
  const dict = getPortalDictionary(locale).statement
  const money = (n: number) => formatPrice(n, locale)
  const buyer = (name: string, channel: "institution" | "retail") => (channel === "retail" ? dict.retailBuyer : name)
  const orderLink = (id: string, display: number | null) => (
    <a key="o" href={localizedHref(locale, `/supplier/orders/${id}`)} className="font-semibold text-brand-700 underline">
      {orderNo(display, id)}
    </a>
  )
  return (
    <div className="space-y-6">
      <StatementHeader statement={s} labels={dict} pagePath={localizedHref(locale, "/supplier/statements")} filesPath="/api/supplier/statements" locale={locale} />
      <Figures
        locale={locale}
        items={[
          { label: dict.sold, amount: s.sold },
          { label: dict.shipped, amount: s.shipped },
          { label: dict.deductions, amount: s.deductions },
          { label: dict.owed, amount: s.owed, strong: true, testId: "statement-owed" },
          { label: dict.awaiting, amount: s.awaiting_acceptance },
        ]}
      />
      <StatementSection
        id="statement-settlements"
        title={dict.settlements}
        empty={dict.noSettlements}
        columns={[
          { header: dict.acceptedAt },
          { header: dict.order },
          { header: dict.buyer },
          { header: dict.how },
          { header: dict.shippedAmount, numeric: true },
          { header: dict.deduction, numeric: true },
          { header: dict.owedAmount, numeric: true },
        ]}
        rows={s.settlements.map((x) => [
          formatDate(x.accepted_at, locale),
          orderLink(x.order_id, x.display_id),
          buyer(x.buyer, x.channel),
          x.channel === "retail" ? dict.retail : x.auto_accepted ? dict.auto : dict.accepted,
          money(x.shipped_amount),
          money(x.deduction),
          money(x.accepted_amount),
        ])}
      />
      <StatementSection
        id="statement-sales"
        title={dict.sales}
        empty={dict.noSales}
        columns={[
          { header: dict.order },
          { header: dict.buyer },
          { header: dict.product },
          { header: dict.quantity, numeric: true },
          { header: dict.unitPrice, numeric: true },
          { header: dict.amount, numeric: true },
          { header: dict.shippedQuantity, numeric: true },
        ]}
        rows={s.sales.map((l) => [
          orderLink(l.order_id, l.display_id),
          buyer(l.buyer, l.channel),
          l.sku ? `${l.title} (${l.sku})` : l.title,
          String(l.quantity),
          money(l.unit_price),
          money(l.amount),
          String(l.shipped_quantity),
        ])}
      />
    </div>
  )
}
