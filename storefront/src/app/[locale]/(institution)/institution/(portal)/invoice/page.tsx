import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getInvoiceDetails } from "@/lib/data/institution"
import { getDictionary } from "@/lib/i18n"
import { card } from "@/modules/common/components/field"
import { PageHeading } from "@/modules/common/components/page-heading"
import { InvoiceForm } from "@/modules/institution/components/invoice-form"
import { hasRole, requireMember } from "@/modules/institution/lib/guard"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { INVOICE_FORM_STRINGS } from "@/modules/institution/components/invoice-form.strings"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getDictionary(locale).institution.invoice.pageTitle, robots: { index: false } }
}

/** /zh/institution/invoice: the 开票信息 its suppliers print on their invoices; every member reads them, the admin edits them. */
export default async function InvoiceDetailsPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const me = await requireMember(locale, "/institution/invoice")
  const dict = getDictionary(locale).institution.invoice
  const invoice = await getInvoiceDetails()
  const rows: Array<[string, string]> = invoice
    ? [
        [dict.title, invoice.title],
        [dict.taxId, invoice.tax_id],
        [dict.address, invoice.address],
        [dict.phone, invoice.phone],
        [dict.bank, invoice.bank],
        [dict.account, invoice.account],
      ]
    : []
  return (
    <div>
      <PageHeading sub={dict.intro}>{dict.pageTitle}</PageHeading>
      <section className={card}>
        {hasRole(me, "admin") ? (
          <ClientStrings locale={locale} pick={INVOICE_FORM_STRINGS}><InvoiceForm invoice={invoice} locale={locale} /></ClientStrings>
        ) : invoice ? (
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid="invoice-details">
            {rows.map(([term, value]) => (
              <div key={term} className="contents">
                <dt className="text-sm text-earth-600">{term}</dt>
                <dd className="font-semibold text-earth-900">{value}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="text-earth-700">{dict.none}</p>
        )}
      </section>
    </div>
  )
}
