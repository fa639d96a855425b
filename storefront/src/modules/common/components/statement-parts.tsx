import type { ReactNode } from "react"
import { type Locale, recentStatementMonths, KUNMING_TIME_ZONE } from "@fupin/shared"
import { formatPrice } from "@/lib/util/price"
import { buttonPrimary, buttonSecondary, card } from "./field"
import { PageHeading } from "./page-heading"

/**
 * The parts the institution's 对账单 page and the supplier's 结算单 page share:
 * a month picker that works without JavaScript (a GET form), the file links,
 * a grid of headline figures, and a table that scrolls sideways on a phone.
 */

export type StatementLabels = { month: string; show: string; pdf: string; xlsx: string; csv: string; asOf: string; monthClosed: string }

/** #42, or the id's tail for an order without a display number. */
export const orderNo = (display: number | null, id: string) => (display != null ? `#${display}` : id.slice(-8))

/** "2026年12月" / "December 2026". */
export function monthName(month: string, locale: Locale): string {
  const [y, m] = month.split("-").map(Number) as [number, number]
  return locale === "zh" ? `${y}年${m}月` : new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" })
}

export function MonthPicker({ month, action, locale, labels }: { month: string; action: string; locale: Locale; labels: StatementLabels }) {
  const months = recentStatementMonths(24)
  if (!months.includes(month)) months.push(month)
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-2">
      <label className="text-sm font-semibold text-earth-800">
        {labels.month}
        <select name="month" defaultValue={month} className="mt-1 block min-h-11 rounded-xl border border-earth-200 bg-white px-3 text-base" data-testid="statement-month">
          {months.map((m) => (
            <option key={m} value={m}>
              {monthName(m, locale)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonSecondary}>
        {labels.show}
      </button>
    </form>
  )
}

/** PDF to view (and print or save), Excel and CSV to download. */
export function StatementFiles({ href, labels }: { href: string; labels: StatementLabels }) {
  return (
    <div className="flex flex-wrap gap-2" data-testid="statement-files">
      <a href={`${href}?format=pdf`} target="_blank" rel="noopener" className={buttonPrimary}>
        {labels.pdf}
      </a>
      <a href={`${href}?format=xlsx`} className={buttonSecondary} download>
        {labels.xlsx}
      </a>
      <a href={`${href}?format=csv`} className={buttonSecondary} download>
        {labels.csv}
      </a>
    </div>
  )
}

/** When the figures were taken: a month still running moves with every receipt and transfer. */
export function AsOf({ generatedAt, to, locale, labels }: { generatedAt: string; to: string; locale: Locale; labels: StatementLabels }) {
  const running = new Date(generatedAt) < new Date(to)
  const time = new Date(generatedAt).toLocaleString(locale === "zh" ? "zh-CN" : "en-GB", { timeZone: KUNMING_TIME_ZONE, dateStyle: "medium", timeStyle: "short" })
  return <p className="text-sm text-earth-600">{running ? labels.asOf.replace("{time}", time) : labels.monthClosed}</p>
}

export function Figures({ items, locale }: { items: Array<{ label: string; amount: number; strong?: boolean; testId?: string }>; locale: Locale }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {items.map((f) => (
        <div key={f.label} className={`${card} !p-3 sm:!p-4 ${f.strong ? "ring-2 ring-brand-600" : ""}`}>
          <dt className="text-sm text-earth-600">{f.label}</dt>
          <dd className={`mt-1 text-lg font-bold tabular-nums ${f.strong ? "text-brand-700" : "text-earth-900"}`} data-testid={f.testId}>
            {formatPrice(f.amount, locale)}
          </dd>
        </div>
      ))}
    </dl>
  )
}

export type TableColumn = { header: string; numeric?: boolean }

export function StatementTable({ caption, columns, rows, empty, testId }: { caption: string; columns: TableColumn[]; rows: ReactNode[][]; empty: string; testId?: string }) {
  if (!rows.length) return <p className="text-earth-700">{empty}</p>
  return (
    <div className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <table className="w-full min-w-[40rem] border-collapse text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="bg-earth-50 text-left text-earth-700">
            {columns.map((c) => (
              <th key={c.header} scope="col" className={`px-2 py-2 font-semibold ${c.numeric ? "text-right" : ""}`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, r) => (
            <tr key={r} className="border-b border-earth-100">
              {cells.map((cell, i) => (
                <td key={i} className={`px-2 py-2 align-top ${columns[i]?.numeric ? "text-right tabular-nums" : ""}`}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** A titled card holding one statement table. */
export function StatementSection({ id, title, ...table }: { id: string; title: string; columns: TableColumn[]; rows: ReactNode[][]; empty: string }) {
  return (
    <section className={card} aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-lg font-bold text-earth-900">
        {title}
      </h2>
      <StatementTable caption={title} testId={id} {...table} />
    </section>
  )
}

/** The top of a statement page: its title and month, the month picker, the files, and when the figures were taken. */
export function StatementHeader({
  statement,
  labels,
  pagePath,
  filesPath,
  locale,
}: {
  statement: { month: string; generated_at: string; to: string }
  labels: StatementLabels & { title: string; intro: string }
  /** the page itself (localized), the picker's action */
  pagePath: string
  /** the storefront route that passes the files on */
  filesPath: string
  locale: Locale
}) {
  return (
    <>
      <PageHeading sub={labels.intro}>
        {labels.title} · {monthName(statement.month, locale)}
      </PageHeading>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <MonthPicker month={statement.month} action={pagePath} locale={locale} labels={labels} />
        <StatementFiles href={`${filesPath}/${statement.month}`} labels={labels} />
      </div>
      <AsOf generatedAt={statement.generated_at} to={statement.to} locale={locale} labels={labels} />
    </>
  )
}
