import Link from "next/link"
import type { Locale, PortalApprovalDTO, PortalOrderDTO, StoreInstitutionDashboardResponse } from "@fupin/shared"
import { getDictionary, interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { formatPrice } from "@/lib/util/price"
import { card } from "@/modules/common/components/field"
import { PageHeading } from "@/modules/common/components/page-heading"
import { ProgressBar } from "../components/progress-bar"
import { BudgetSummary } from "../lists/components/budget-summary"
import { countyName, formatDate, formatPercent, personName } from "../lib/format"

function Section({ id, title, children, wide = false }: { id: string; title: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <section aria-labelledby={id} className={card + (wide ? " lg:col-span-2" : "")}>
      <h2 id={id} className="mb-3 text-lg font-bold text-earth-900">
        {title}
      </h2>
      {children}
    </section>
  )
}

export function ApprovalSummary({ approval, locale }: { approval: PortalApprovalDTO; locale: Locale }) {
  const dict = getDictionary(locale).institution
  return (
    <p className="text-sm text-earth-700">
      <span className="font-semibold text-earth-900">{formatPrice(approval.total ?? approval.item_total, locale)}</span> ·{" "}
      {interpolate(dict.requestedBy, { name: personName(approval.requested_by) })} · {formatDate(approval.created_at, locale)}
    </p>
  )
}

export function OrderSummary({ order, locale }: { order: PortalOrderDTO; locale: Locale }) {
  const dict = getDictionary(locale).institution
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
      <p className="font-semibold text-earth-900">{interpolate(dict.orderNumber, { id: String(order.display_id ?? order.id) })}</p>
      <p className="text-sm text-earth-700">
        {formatDate(order.created_at, locale)} · {interpolate(dict.placedBy, { name: personName(order.placed_by) })} ·{" "}
        <span className="font-semibold text-earth-900">{formatPrice(order.total, locale)}</span>
      </p>
    </div>
  )
}

/** The institution's overview: agreements, reserved share, approvals, orders, impact. */
export function Dashboard({ data, locale }: { data: StoreInstitutionDashboardResponse; locale: Locale }) {
  const dict = getDictionary(locale).institution
  const share = data.reserved_share
  const href = (path: string) => localizedHref(locale, `/institution${path}`)
  return (
    <div>
      <PageHeading>{interpolate(dict.dashboardTitle, { institution: data.institution.name })}</PageHeading>
      {data.my_budget ? (
        // the purchaser's 月度预算: what is left this month, before the pad says so
        <div className={card + " mb-4 sm:mb-6"}>
          <BudgetSummary budget={data.my_budget} locale={locale} />
        </div>
      ) : null}
      <div className="grid gap-4 sm:gap-6 lg:grid-cols-2">
        <Section id="agreements-title" title={dict.agreementsTitle} wide>
          {data.agreements.length ? (
            <ul className="grid gap-4 md:grid-cols-2" data-testid="agreements">
              {data.agreements.map((a) => {
                const county = countyName(a.county_handle, a.county_name, locale)
                return (
                  <li key={a.id} className="rounded-xl bg-earth-50 p-4" data-testid={`agreement-${a.county_handle}`}>
                    <div className="flex flex-wrap items-baseline justify-between gap-2">
                      <h3 className="font-bold text-earth-900">{county}</h3>
                      <p className="text-sm text-earth-700">{a.days_left > 0 ? interpolate(dict.daysLeft, { days: String(a.days_left) }) : dict.periodOver}</p>
                    </div>
                    <dl className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
                      <div>
                        <dt className="text-earth-600">{dict.agreementAmount}</dt>
                        <dd className="font-semibold text-earth-900">{formatPrice(a.amount, locale)}</dd>
                      </div>
                      <div>
                        <dt className="text-earth-600">{dict.agreementOrdered}</dt>
                        <dd className="font-semibold text-earth-900" data-testid="agreement-ordered">
                          {formatPrice(a.ordered_amount, locale)}
                        </dd>
                      </div>
                      <div>
                        <dt className="text-earth-600">{dict.agreementDelivered}</dt>
                        <dd className="font-semibold text-earth-900" data-testid="agreement-delivered">
                          {formatPrice(a.delivered_amount, locale)}
                        </dd>
                      </div>
                      <div>
                        <dt className="text-earth-600">{dict.agreementPaid}</dt>
                        <dd className="font-semibold text-earth-900">{formatPrice(a.paid_amount, locale)}</dd>
                      </div>
                    </dl>
                    <div className="mt-3">
                      <ProgressBar
                        ratio={a.progress}
                        label={interpolate(dict.progressLabel, { label: county })}
                        text={interpolate(dict.agreementProgress, { percent: formatPercent(a.progress, locale) })}
                      />
                    </div>
                  </li>
                )
              })}
            </ul>
          ) : (
            <p className="text-earth-700">{dict.agreementsNone}</p>
          )}
        </Section>

        <Section id="reserved-title" title={interpolate(dict.reservedTitle, { year: String(share.year) })}>
          {share.target !== null && share.annual_canteen_budget !== null ? (
            <>
              <dl className="grid grid-cols-2 gap-2 text-sm">
                <div>
                  <dt className="text-earth-600">{dict.reservedTarget}</dt>
                  <dd className="text-lg font-bold text-earth-900">{formatPrice(share.target, locale)}</dd>
                </div>
                <div>
                  <dt className="text-earth-600">{dict.reservedCounted}</dt>
                  <dd className="text-lg font-bold text-earth-900" data-testid="reserved-counted">
                    {formatPrice(share.counted + share.counted_personal, locale)}
                  </dd>
                </div>
              </dl>
              <p className="mt-1 text-xs text-earth-600">
                {interpolate(dict.reservedTargetHint, {
                  budget: formatPrice(share.annual_canteen_budget, locale),
                  percent: `${share.reserved_share_percent}%`,
                })}
              </p>
              <div className="mt-3">
                <ProgressBar
                  ratio={share.progress}
                  label={interpolate(dict.progressLabel, { label: dict.reservedTarget })}
                  text={formatPercent(share.progress, locale)}
                />
              </div>
              {share.counted_personal > 0 ? (
                <p className="mt-1 text-sm text-earth-700">{interpolate(dict.reservedPersonal, { amount: formatPrice(share.counted_personal, locale) })}</p>
              ) : null}
            </>
          ) : (
            <p className="text-earth-700">{dict.reservedNoBudget}</p>
          )}
          {share.by_month.length ? <MonthBars months={share.by_month} locale={locale} /> : null}
        </Section>

        <Section id="impact-title" title={dict.impactTitle}>
          {data.impact.by_county.length ? (
            <ul className="space-y-2 text-sm text-earth-800" data-testid="impact">
              {data.impact.by_county.map((c) => (
                <li key={c.county_handle} className="rounded-lg bg-earth-50 px-3 py-2">
                  {interpolate(dict.impactLine, {
                    county: countyName(c.county_handle, c.county_name, locale),
                    households: interpolate(dict.impactHouseholds, { count: String(c.households) }),
                    amount: formatPrice(c.amount, locale),
                  })}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-earth-700">{dict.impactNone}</p>
          )}
        </Section>

        <Section id="pending-title" title={dict.pendingTitle}>
          {data.approvals_pending.length ? (
            <ul className="divide-y divide-earth-100" data-testid="dashboard-pending">
              {data.approvals_pending.map((a) => (
                <li key={a.id} className="py-2">
                  <ApprovalSummary approval={a} locale={locale} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-earth-700">{dict.pendingNone}</p>
          )}
          <Link href={href("/approvals")} className="mt-3 inline-block text-sm font-semibold text-brand-700 underline underline-offset-4">
            {dict.approvals}
          </Link>
        </Section>

        <Section id="recent-title" title={dict.recentTitle}>
          {data.recent_orders.length ? (
            <ul className="divide-y divide-earth-100">
              {data.recent_orders.map((o) => (
                <li key={o.id} className="py-2">
                  <OrderSummary order={o} locale={locale} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-earth-700">{dict.recentNone}</p>
          )}
          <Link href={href("/orders")} className="mt-3 inline-block text-sm font-semibold text-brand-700 underline underline-offset-4">
            {dict.orders}
          </Link>
        </Section>
      </div>
    </div>
  )
}

function MonthBars({ months, locale }: { months: StoreInstitutionDashboardResponse["reserved_share"]["by_month"]; locale: Locale }) {
  const dict = getDictionary(locale).institution
  const max = Math.max(1, ...months.map((m) => m.institution + m.personal))
  return (
    <div className="mt-4">
      <h3 className="text-sm font-semibold text-earth-800">{dict.reservedByMonth}</h3>
      <ul className="mt-2 space-y-1">
        {months.map((m) => {
          const amount = m.institution + m.personal
          return (
            <li key={m.month} className="grid grid-cols-[4.5rem_1fr_auto] items-center gap-2 text-xs text-earth-700">
              <span>{interpolate(dict.month, { month: String(Number(m.month.slice(5, 7))) })}</span>
              <span className="h-2 rounded-full bg-earth-100" aria-hidden="true">
                <span className="block h-full rounded-full bg-gold-500" style={{ width: `${(amount / max) * 100}%` }} />
              </span>
              <span className="font-medium text-earth-900">{formatPrice(amount, locale)}</span>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
