"use client"

import { useTranslations } from "next-intl"
import Link from "next/link"
import { useCallback, useEffect, useMemo, useReducer, useState, useTransition } from "react"
import {
  DELIVERY_DATE_PROBLEM_LABELS,
  deliveryDateProblem,
  kunmingToday,
  MAX_DELIVERY_DAYS,
  needsApproval,
  quoteGrandTotal,
  type Locale,
  type PadCheckRowDTO,
  type PadVariantDTO,
  type PortalAgreementDTO,
  type PortalCanteenDTO,
  type PortalListDTO,
  type PurchaserBudgetDTO,
} from "@fupin/shared"
import { submitInstitutionOrder, type SubmitOutcome } from "@/lib/actions/institution"
import { localizedHref } from "@/lib/i18n/paths"
import { formatPrice } from "@/lib/util/price"
import { buttonPrimary, buttonSecondary, card, FormMessage } from "@/modules/common/components/field"
import { localHalf, localHalfWithoutField } from "@/lib/data/errors"
import { BudgetSummary } from "../lists/components/budget-summary"
import { SaveListForm } from "../lists/components/save-list-form"
import { QuoteRequestForm } from "../quotes/components/quote-request-form"
import { countyShort, formatPercent } from "../lib/format"
import { usePadDelivery } from "../lib/use-pad-delivery"
import { draftKey, EMPTY_PAD, padReducer, padTotals, parseDraft, parseQuantity, serializeDraft } from "../lib/pad"
import { Amounts } from "./amounts"
import { PadGrid } from "./pad-grid"
import { PadSearch } from "./pad-search"
import { PadUpload } from "./pad-upload"

type AgreementRef = Pick<PortalAgreementDTO, "id" | "county_handle" | "county_name" | "amount">

/**
 * 再来一单 (an earlier order) or 用此清单下单 (a 常用清单, `list_name`): the lines that can be bought
 * today, and the titles of those that cannot.
 */
export type ReorderLines = {
  order_id: string
  display_id: number | null
  list_name?: string
  items: Array<{ item: PadVariantDTO; quantity: number }>
  missing: string[]
}

/**
 * The order pad (批量下单): lines from search or an uploaded file, checked as typed, a
 * running total and what it does for each agreement, and one submit. The draft lives in
 * this browser's storage, so nothing typed is lost on an error, a reload or a refusal.
 */
export function OrderPad({
  locale,
  memberId,
  canSubmit,
  threshold,
  agreements,
  canteens,
  reorder = null,
  budget = null,
  lists = [],
}: {
  locale: Locale
  memberId: string
  canSubmit: boolean
  threshold: number | null
  agreements: AgreementRef[]
  canteens: PortalCanteenDTO[]
  /** 再来一单 / 用此清单下单: put these lines in the pad once (after the saved draft is read) */
  reorder?: ReorderLines | null
  /** the purchaser's 月度预算 this month */
  budget?: PurchaserBudgetDTO | null
  /** the institution's 常用清单, to save the pad in place of one */
  lists?: Array<Pick<PortalListDTO, "id" | "name">>
}) {
  const dict = useTranslations("institution")
  const listsDict = useTranslations("institutionLists")
  const [state, dispatch] = useReducer(padReducer, EMPTY_PAD)
  const [loaded, setLoaded] = useState(false)
  const [outcome, setOutcome] = useState<SubmitOutcome | null>(null)
  const [pending, startTransition] = useTransition()
  const key = draftKey(memberId)
  // where and when this order goes: one canteen and one date per order
  const [canteenId, setCanteenId] = useState(canteens.length === 1 ? canteens[0]!.id : "")
  const [deliveryDate, setDeliveryDate] = useState("")
  const today = kunmingToday()
  const lastDay = new Date(Date.parse(`${today}T00:00:00Z`) + MAX_DELIVERY_DAYS * 86_400_000).toISOString().slice(0, 10)
  const dateProblem = deliveryDate ? deliveryDateProblem(deliveryDate, today) : null
  const deliveryMissing = canteens.length > 0 && (!canteenId || !deliveryDate || !!dateProblem)

  // the draft: read once, then written a moment after each change
  useEffect(() => {
    const lines = parseDraft(window.localStorage.getItem(key))
    if (lines.length) dispatch({ type: "load", lines })
    setLoaded(true)
  }, [key])
  useEffect(() => {
    if (!loaded) return
    // written at once (a reload right after typing keeps it); a 500-line draft is a few dozen KB
    if (state.lines.length) window.localStorage.setItem(key, serializeDraft(state))
    else window.localStorage.removeItem(key)
  }, [state, loaded, key])

  // 再来一单: once the draft is read, the earlier order's lines go in at last time's quantities; the
  // address loses ?reorder= so a reload does not add them again
  const [reordered, setReordered] = useState<ReorderLines | null>(null)
  useEffect(() => {
    if (!loaded || !reorder || reordered) return
    if (reorder.items.length) dispatch({ type: "add", mode: "set", items: reorder.items })
    setReordered(reorder)
    window.history.replaceState(null, "", window.location.pathname)
  }, [loaded, reorder, reordered])

  const totals = useMemo(() => padTotals(state.lines), [state.lines])
  const delivery = usePadDelivery(totals.total, canteenId)
  const inPad = useMemo(() => new Set(state.lines.map((l) => l.item.variant_id)), [state.lines])
  const onAdd = useCallback((v: PadVariantDTO) => dispatch({ type: "add", items: [{ item: v }], mode: "add" }), [])
  const onTake = useCallback((rows: PadCheckRowDTO[]) => {
    dispatch({
      type: "add",
      mode: "set",
      items: rows.flatMap((r) =>
        r.variant
          ? [
              {
                item: r.variant,
                ...(r.quantity !== null ? { quantity: r.quantity } : {}),
                ...(r.requested_delivery_date ? { requested_delivery_date: r.requested_delivery_date } : {}),
                ...(r.canteen ? { canteen: r.canteen } : {}),
              },
            ]
          : []
      ),
    })
  }, [])

  function submit() {
    if (totals.problems || deliveryMissing) return
    const snapshot = state.lines
    setOutcome(null)
    startTransition(async () => {
      const result = await submitInstitutionOrder({
        locale,
        lines: snapshot.map((l) => ({
          variant_id: l.item.variant_id,
          quantity: parseQuantity(l.quantity) ?? 0,
          ...(l.requested_delivery_date ? { requested_delivery_date: l.requested_delivery_date } : {}),
          ...(l.canteen ? { canteen: l.canteen } : {}),
        })),
        ...(canteens.length ? { delivery: { canteen_id: canteenId, requested_delivery_date: deliveryDate } } : {}),
      })
      if (result.kind === "lines") {
        const errors: Record<string, string> = {}
        for (const row of result.rows) {
          const line = snapshot[row.row - 1]
          if (line) errors[line.item.variant_id] = row.message || row.reason
        }
        dispatch({ type: "server-errors", errors })
      }
      if (result.kind === "placed" || result.kind === "pending") {
        window.localStorage.removeItem(key)
        dispatch({ type: "clear" })
      }
      setOutcome(result)
    })
  }

  if (outcome?.kind === "placed" || outcome?.kind === "pending") {
    return <SubmitDone outcome={outcome} locale={locale} threshold={threshold} onNew={() => setOutcome(null)} />
  }

  /** the pad's lines with a whole quantity, as the backend takes them */
  const padLines = () =>
    state.lines.flatMap((l) => {
      const quantity = parseQuantity(l.quantity)
      return quantity ? [{ variant_id: l.item.variant_id, quantity }] : []
    })
  const agreementOf = new Map(agreements.map((a) => [a.county_handle, a]))
  return (
    <div className="grid gap-4 sm:gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-4 sm:space-y-6">
        <section aria-labelledby="pad-add-title" className={card}>
          <h2 id="pad-add-title" className="mb-3 text-lg font-bold text-earth-900">
            {dict("searchLabel")}
          </h2>
          <PadSearch locale={locale} inPad={inPad} onAdd={onAdd} />
        </section>
        <section aria-labelledby="pad-upload-title" className={card}>
          <h2 id="pad-upload-title" className="mb-2 text-lg font-bold text-earth-900">
            {dict("uploadTitle")}
          </h2>
          <PadUpload locale={locale} onTake={onTake} />
        </section>
        <section aria-labelledby="pad-lines-title" className={card}>
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="pad-lines-title" className="text-lg font-bold text-earth-900">
              {dict("linesTitle")}{" "}
              <span className="text-sm font-normal text-earth-600" data-testid="pad-line-count">
                {dict("linesCount", { count: state.lines.length })}
              </span>
            </h2>
            {state.lines.length ? (
              <button
                type="button"
                onClick={() => {
                  if (window.confirm(dict("clearConfirm"))) dispatch({ type: "clear" })
                }}
                className="text-sm font-medium text-brand-700 underline underline-offset-4"
              >
                {dict("clearAll")}
              </button>
            ) : null}
          </div>
          {reordered ? (
            <div role="status" className="mb-3 space-y-1 rounded-lg bg-emerald-50 px-3 py-2.5 text-sm text-emerald-900 ring-1 ring-emerald-200" data-testid="pad-reorder">
              <p>
                {reordered.list_name !== undefined
                  ? listsDict("listDone", { name: reordered.list_name, count: String(reordered.items.length) })
                  : dict("reorderDone", { id: String(reordered.display_id ?? reordered.order_id), count: String(reordered.items.length) })}
              </p>
              {reordered.missing.length ? (
                <p className="text-brand-800" data-testid="pad-reorder-missing">
                  {reordered.list_name !== undefined
                    ? listsDict("listMissing", { titles: reordered.missing.join("、") })
                    : dict("reorderMissing", { titles: reordered.missing.join("、") })}
                </p>
              ) : null}
            </div>
          ) : null}
          <PadGrid lines={state.lines} locale={locale} dispatch={dispatch} />
          <p className="mt-3 text-xs text-earth-600">{dict("draftSaved")}</p>
          {canSubmit && state.lines.length ? <SaveListForm locale={locale} lists={lists} lines={padLines} /> : null}
        </section>
      </div>

      <aside aria-labelledby="pad-summary-title" className="lg:sticky lg:top-28 lg:self-start">
        <div className={card}>
          <h2 id="pad-summary-title" className="text-lg font-bold text-earth-900">
            {dict("runningTotal")}
          </h2>
          <div className="mt-2" data-testid="pad-amounts">
            {/* goods from the server's unit prices; shipping is the server's estimate for them (待定 until it answers) */}
            <Amounts
              amounts={{
                item_total: totals.total,
                shipping_total: delivery.kind === "priced" ? delivery.shipping_total : null,
                total: delivery.kind === "priced" ? quoteGrandTotal(totals.total, delivery.shipping_total) : null,
              }}
              locale={locale}
              size="lg"
            />
          </div>
          {delivery.kind === "none" ? (
            <p className="mt-1 text-xs font-medium text-brand-700" data-testid="pad-no-delivery">
              {localHalfWithoutField(delivery.message, locale)}
            </p>
          ) : (
            <p className="mt-1 text-xs text-earth-600" data-testid="pad-shipping-note">
              {delivery.kind === "priced" ? dict("shippingEstimate") : dict("shippingAtSubmit")}
            </p>
          )}
          {delivery.kind === "priced" && delivery.cheaper_from && delivery.cheaper_from.item_total > totals.total ? (
            <p className="mt-1.5 rounded-lg bg-gold-300/30 px-2.5 py-1.5 text-sm font-medium text-earth-900" data-testid="pad-shipping-gap">
              {(() => {
                const gap = formatPrice(delivery.cheaper_from.item_total - totals.total, locale)
                const from = formatPrice(delivery.cheaper_from.item_total, locale)
                return delivery.cheaper_from.shipping_total === 0
                  ? dict("freeShippingGap", { gap, from })
                  : dict("cheaperShippingGap", { gap, from, fee: formatPrice(delivery.cheaper_from.shipping_total, locale) })
              })()}
            </p>
          ) : null}
          {budget ? (
            <div className="mt-3 rounded-lg bg-earth-50 px-3 py-2">
              <BudgetSummary budget={budget} locale={locale} amount={totals.total} />
            </div>
          ) : null}
          {totals.counties.length ? (
            <ul className="mt-3 space-y-2 text-sm text-earth-800" data-testid="pad-counties">
              {totals.counties.map((c) => {
                const agreement = agreementOf.get(c.handle)
                const county = countyShort(c.handle || null, agreement?.county_name ?? null, locale)
                return (
                  <li key={c.handle} className="rounded-lg bg-earth-50 px-3 py-2">
                    {agreement
                      ? dict("countyShare", {
                          county,
                          amount: formatPrice(c.amount, locale),
                          percent: formatPercent(agreement.amount > 0 ? c.amount / agreement.amount : 0, locale),
                        })
                      : dict("countyNoAgreement", { county, amount: formatPrice(c.amount, locale) })}
                  </li>
                )
              })}
            </ul>
          ) : null}
          {threshold !== null ? (
            <p className="mt-3 text-sm text-earth-700">
              {needsApproval(totals.total, threshold)
                ? dict("willNeedApproval", { threshold: formatPrice(threshold, locale) })
                : dict("approvalNotice", { threshold: formatPrice(threshold, locale) })}
            </p>
          ) : null}
          <fieldset className="mt-4 space-y-3 border-t border-earth-100 pt-3" data-testid="pad-delivery">
            <legend className="sr-only">{dict("deliveryTitle")}</legend>
            {canteens.length ? (
              <>
                <div>
                  <label htmlFor="pad-canteen" className="block text-sm font-medium text-earth-800">
                    {dict("deliveryCanteen")}
                  </label>
                  <select
                    id="pad-canteen"
                    value={canteenId}
                    onChange={(e) => setCanteenId(e.target.value)}
                    className="mt-1 block w-full rounded-lg border border-earth-200 bg-white px-3 py-2.5 text-base text-earth-900"
                  >
                    <option value="">{dict("deliveryChoose")}</option>
                    {canteens.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name}（{c.county_name}{c.address}）
                      </option>
                    ))}
                  </select>
                </div>
                <div>
                  <label htmlFor="pad-delivery-date" className="block text-sm font-medium text-earth-800">
                    {dict("deliveryDate")}
                  </label>
                  <input
                    id="pad-delivery-date"
                    type="date"
                    min={today}
                    max={lastDay}
                    value={deliveryDate}
                    onChange={(e) => setDeliveryDate(e.target.value)}
                    aria-invalid={dateProblem ? true : undefined}
                    aria-describedby="pad-delivery-date-hint"
                    className="mt-1 block w-full rounded-lg border border-earth-200 bg-white px-3 py-2.5 text-base text-earth-900"
                  />
                  <p id="pad-delivery-date-hint" className={"mt-1 text-xs " + (dateProblem ? "font-medium text-brand-700" : "text-earth-600")}>
                    {dateProblem ? DELIVERY_DATE_PROBLEM_LABELS[dateProblem][locale] : dict("deliveryDateHint", { days: String(MAX_DELIVERY_DAYS) })}
                  </p>
                </div>
              </>
            ) : (
              <p className="text-sm text-earth-700">{dict("deliveryNoCanteens")}</p>
            )}
          </fieldset>
          <div className="mt-4 space-y-3" aria-live="polite">
            {deliveryMissing && state.lines.length && !dateProblem ? <p className="text-sm text-earth-700">{dict("deliveryNeeded")}</p> : null}
            {totals.problems ? <FormMessage error={dict("fixLines", { count: String(totals.problems) })} /> : null}
            {outcome?.kind === "error" ? <FormMessage error={localHalfWithoutField(outcome.message, locale)} /> : null}
            {outcome?.kind === "lines" && !totals.problems ? <FormMessage error={localHalf(outcome.message, locale)} /> : null}
          </div>
          {canSubmit ? (
            <button
              type="button"
              onClick={submit}
              disabled={pending || !state.lines.length || totals.problems > 0 || deliveryMissing}
              className={buttonPrimary + " mt-4 w-full"}
            >
              {pending ? dict("submitting") : dict("submit")}
            </button>
          ) : (
            <p className="mt-4 text-sm text-earth-700">{dict("notPurchaser")}</p>
          )}
          {canSubmit ? <QuoteRequestForm
              locale={locale}
              lines={padLines}
              delivery={{ canteen_id: canteenId, requested_delivery_date: deliveryDate }}
              disabled={pending || !state.lines.length || totals.problems > 0}
            /> : null}
        </div>
      </aside>
    </div>
  )
}

function SubmitDone({
  outcome,
  locale,
  threshold,
  onNew,
}: {
  outcome: Extract<SubmitOutcome, { kind: "placed" | "pending" }>
  locale: Locale
  threshold: number | null
  onNew: () => void
}) {
  const dict = useTranslations("institution")
  const placed = outcome.kind === "placed"
  return (
    <section aria-labelledby="pad-done-title" className={card} data-testid="pad-done" role="status">
      <h2 id="pad-done-title" className="text-xl font-bold text-earth-900">
        {placed ? dict("placedTitle") : dict("awaitingTitle")}
      </h2>
      <div className="mt-3 max-w-xs">
        <Amounts amounts={placed ? outcome.order : outcome.approval} locale={locale} />
      </div>
      <p className="mt-2 text-earth-800">
        {outcome.kind === "placed"
          ? dict("placedBody", {
              id: String(outcome.order.display_id ?? outcome.order.id),
              amount: formatPrice(outcome.order.total, locale),
            })
          : dict("awaitingBody", {
              amount: formatPrice(outcome.approval.amount, locale),
              threshold: formatPrice(threshold ?? 0, locale),
            })}
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <Link href={localizedHref(locale, placed ? "/institution/orders" : "/institution/approvals")} className={buttonPrimary}>
          {placed ? dict("viewOrders") : dict("viewApprovals")}
        </Link>
        <button type="button" onClick={onNew} className={buttonSecondary + " py-3"}>
          {dict("newPad")}
        </button>
      </div>
    </section>
  )
}
