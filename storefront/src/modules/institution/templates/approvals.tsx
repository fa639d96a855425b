import { useTranslations } from "next-intl"
import type { Locale, PortalApprovalDTO, PortalCartLineDTO, StoreInstitutionMeResponse } from "@fupin/shared"
import { getDictionary, interpolate } from "@/lib/i18n"
import { formatPrice } from "@/lib/util/price"
import { card, FormMessage } from "@/modules/common/components/field"
import { PageHeading } from "@/modules/common/components/page-heading"
import { Amounts } from "../components/amounts"
import { DecideForm } from "../components/decide-form"
import { DeliveryLine } from "../components/delivery-line"
import { countyName, countyShort, formatDate, personName } from "../lib/format"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { DECIDE_FORM_STRINGS } from "@/modules/institution/components/decide-form.strings"

function isOwn(approval: PortalApprovalDTO, me: StoreInstitutionMeResponse): boolean {
  const by = approval.requested_by?.id
  return !!by && (by === me.member.customer_id || by === me.member.id)
}

/** At most this many lines show open on a card; a longer order's list starts folded. */
const LINES_OPEN_UP_TO = 8

/**
 * What a pending request would order, line by line, in a disclosure (it works without JavaScript):
 * the approver decides on the goods, not only on the total.
 */
function ApprovalLines({ items, locale }: { items: PortalCartLineDTO[]; locale: Locale }) {
  const dict = getDictionary(locale).institution
  const t = useTranslations("institution")
  const cell = "px-2 py-1.5 align-top"
  const head = cell + " whitespace-nowrap"
  return (
    <details className="mt-3 rounded-xl bg-earth-50 px-3 py-2" open={items.length <= LINES_OPEN_UP_TO} data-testid="approval-lines">
      <summary className="cursor-pointer text-sm font-semibold text-earth-900">{t("approvalLines", { count: items.length })}</summary>
      <div className="-mx-1 mt-2 overflow-x-auto">
        <table className="w-full min-w-[28rem] text-sm">
          <caption className="sr-only">{dict.approvalLinesTitle}</caption>
          <thead>
            <tr className="text-left text-xs text-earth-700">
              <th scope="col" className={head}>{dict.colProduct}</th>
              <th scope="col" className={head + " text-right"}>{dict.colQuantity}</th>
              <th scope="col" className={head + " text-right"}>{dict.colPrice}</th>
              <th scope="col" className={head + " text-right"}>{dict.colTotal}</th>
              <th scope="col" className={head}>{dict.colCounty}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-earth-100">
            {items.map((item) => (
              <tr key={item.id} data-testid="approval-line" data-sku={item.sku ?? ""}>
                <td className={cell}>
                  <span className="font-medium text-earth-900">{[item.product_title, item.variant_title].filter(Boolean).join(" ")}</span>
                  {item.sku ? <span className="block text-xs text-earth-600">{item.sku}</span> : null}
                </td>
                <td className={cell + " text-right tabular-nums"}>{item.quantity}</td>
                <td className={cell + " text-right tabular-nums"}>{formatPrice(item.unit_price, locale)}</td>
                <td className={cell + " text-right font-semibold tabular-nums"}>{formatPrice(item.total, locale)}</td>
                <td className={cell + " whitespace-nowrap"}>{countyShort(item.county_handle, null, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}

function ApprovalCard({
  approval,
  items,
  me,
  locale,
  canDecide,
}: {
  approval: PortalApprovalDTO
  /** a pending request's lines (the decided ones are orders, or open carts again) */
  items?: PortalCartLineDTO[] | undefined
  me: StoreInstitutionMeResponse
  locale: Locale
  canDecide: boolean
}) {
  const dict = getDictionary(locale).institution
  // next-intl on the server for the one string with a plural (ICU); the rest reads the dictionary
  const t = useTranslations("institution")
  const own = isOwn(approval, me)
  return (
    <li className={card} data-testid="approval" data-status={approval.status}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-lg font-bold text-earth-900" data-testid="approval-total">
          {formatPrice(approval.total ?? approval.item_total, locale)}
        </p>
        <span
          className={
            "rounded-full px-2.5 py-0.5 text-sm font-semibold " +
            (approval.status === "pending"
              ? "bg-gold-300/60 text-earth-900"
              : approval.status === "approved"
                ? "bg-emerald-100 text-emerald-900"
                : "bg-brand-100 text-brand-800")
          }
          data-testid="approval-status"
        >
          {dict.statuses[approval.status]}
        </span>
      </div>
      <div className="mt-2 max-w-xs">
        <Amounts amounts={approval} locale={locale} />
      </div>
      <DeliveryLine delivery={approval.delivery} locale={locale} />
      <p className="mt-2 text-sm text-earth-700">
        {interpolate(dict.requestedBy, { name: personName(approval.requested_by) })} ·{" "}
        {interpolate(dict.requestedAt, { date: formatDate(approval.created_at, locale) })} · {t("linesCount", { count: approval.lines })}
      </p>
      {approval.by_county.length ? (
        <div className="mt-2">
          <h3 className="text-sm font-semibold text-earth-800">{dict.perCounty}</h3>
          <ul className="mt-1 flex flex-wrap gap-2 text-sm">
            {approval.by_county.map((c) => (
              <li key={c.county_handle} className="rounded-lg bg-earth-50 px-2.5 py-1 text-earth-800">
                {countyName(c.county_handle, c.county_name, locale)} {formatPrice(c.amount, locale)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {items?.length ? <ApprovalLines items={items} locale={locale} /> : null}
      {approval.status !== "pending" && approval.decided_at ? (
        <p className="mt-2 text-sm text-earth-700">
          {interpolate(dict.decidedBy, {
            name: personName(approval.decided_by),
            date: formatDate(approval.decided_at, locale),
            status: dict.statuses[approval.status],
          })}
        </p>
      ) : null}
      {approval.note ? (
        <p className={"mt-1 text-sm " + (approval.status === "rejected" ? "font-semibold text-brand-800" : "text-earth-800")} data-testid="approval-note">
          {interpolate(approval.status === "rejected" ? dict.rejectionReason : dict.approvalNote, { note: approval.note })}
        </p>
      ) : null}
      {approval.status === "pending" && canDecide ? (
        own ? <p className="mt-2 text-sm text-earth-700">{dict.ownRequest}</p> : <ClientStrings locale={locale} pick={DECIDE_FORM_STRINGS}><DecideForm approvalId={approval.id} locale={locale} /></ClientStrings>
      ) : null}
    </li>
  )
}

/** Pending requests first (with the decision form for approvers), then the decided ones. */
export function Approvals({
  approvals,
  linesOf,
  me,
  locale,
  done,
}: {
  approvals: PortalApprovalDTO[]
  /** each pending request's lines, by its id */
  linesOf: ReadonlyMap<string, PortalCartLineDTO[]>
  me: StoreInstitutionMeResponse
  locale: Locale
  /** the decision just taken, for the banner */
  done: "approved" | "rejected" | null
}) {
  const dict = getDictionary(locale).institution
  const canDecide = me.member.roles.includes("approver")
  const pending = approvals.filter((a) => a.status === "pending")
  const decided = approvals.filter((a) => a.status !== "pending")
  return (
    <div>
      <PageHeading sub={dict.approvalsIntro}>{dict.approvalsTitle}</PageHeading>
      {done ? (
        <div className="mb-5">
          <FormMessage success={done === "approved" ? dict.approved : dict.rejected} />
        </div>
      ) : null}
      <section aria-labelledby="approvals-pending-title">
        <h2 id="approvals-pending-title" className="mb-3 text-lg font-bold text-earth-900">
          {dict.tabPending}
        </h2>
        {pending.length ? (
          <ul className="grid gap-4 md:grid-cols-2" data-testid="approvals-pending">
            {pending.map((a) => (
              <ApprovalCard key={a.id} approval={a} items={linesOf.get(a.id)} me={me} locale={locale} canDecide={canDecide} />
            ))}
          </ul>
        ) : (
          <p className="text-earth-700">{dict.pendingNone}</p>
        )}
      </section>
      <section aria-labelledby="approvals-decided-title" className="mt-8">
        <h2 id="approvals-decided-title" className="mb-3 text-lg font-bold text-earth-900">
          {dict.tabDecided}
        </h2>
        {decided.length ? (
          <ul className="grid gap-4 md:grid-cols-2" data-testid="approvals-decided">
            {decided.map((a) => (
              <ApprovalCard key={a.id} approval={a} me={me} locale={locale} canDecide={false} />
            ))}
          </ul>
        ) : (
          <p className="text-earth-700">{dict.approvalsNone}</p>
        )}
      </section>
    </div>
  )
}
