"use client"

import { useTranslations } from "next-intl"
import { memo, type Dispatch } from "react"
import { type Locale, quantityBreaks } from "@fupin/shared"
import { formatPrice } from "@/lib/util/price"
import { countyName } from "../lib/format"
import { localHalf } from "@/lib/data/errors"
import { type LineProblem, lineProblem, lineTotal, lineUnitPrice, type PadAction, type PadLine } from "../lib/pad"

const cell = "block px-0 py-0.5 sm:table-cell sm:px-2 sm:py-2 sm:align-top"
const phoneLabel = "mr-1 text-xs text-earth-600 sm:hidden"

/**
 * One pad line. Memoised: typing into one quantity replaces only that line's object
 * (padReducer), so only this row renders again, whatever the number of lines.
 */
const PadRow = memo(function PadRow({ line, locale, dispatch }: { line: PadLine; locale: Locale; dispatch: Dispatch<PadAction> }) {
  const t = useTranslations("institution")
  const { item } = line
  const problem = lineProblem(line)
  const unitPrice = lineUnitPrice(line)
  const breaks = quantityBreaks(item.price_tiers)
  const id = `pad-${item.variant_id}`
  const title = [item.product_title, item.variant_title].filter(Boolean).join(" ")
  return (
    <tr
      className={"grid grid-cols-2 gap-x-3 border-b border-earth-100 p-3 sm:table-row sm:p-0 " + (problem ? "bg-brand-50/60" : "")}
      data-testid="pad-line"
      data-sku={item.sku ?? ""}
    >
      <td className={cell + " col-span-2"}>
        <span className="font-semibold text-earth-900">{item.product_title}</span>
        <span className="block text-xs text-earth-600">{item.sku}</span>
      </td>
      <td className={cell}>
        <span className={phoneLabel}>{t("colVariant")}</span>
        {item.variant_title ?? "—"}
      </td>
      <td className={cell + " text-sm text-earth-700"}>
        <span className={phoneLabel}>{t("colPack")}</span>
        {t("packInfo", { min: String(item.min_quantity), pack: String(item.pack_size) })}
        {item.min_order_note ? <span className="block text-xs text-earth-600">{item.min_order_note}</span> : null}
      </td>
      <td className={cell + " sm:text-right"}>
        <span className={phoneLabel}>{t("colPrice")}</span>
        <span data-testid="pad-line-price">{unitPrice === null ? "—" : formatPrice(unitPrice, locale)}</span>
        {breaks.length ? (
          <span className="block text-xs text-earth-600" data-testid="pad-line-breaks">
            {breaks.map((b) => t("priceBreak", { min: String(b.min_quantity), price: formatPrice(b.unit_price, locale) })).join(" · ")}
          </span>
        ) : null}
      </td>
      <td className={cell + " col-span-2 sm:col-span-1"}>
        <label htmlFor={id} className="sr-only">
          {t("quantityFor", { title })}
        </label>
        <input
          id={id}
          inputMode="numeric"
          autoComplete="off"
          value={line.quantity}
          onChange={(e) => dispatch({ type: "quantity", variant_id: item.variant_id, quantity: e.target.value })}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : `${id}-stock`}
          className={
            "w-28 rounded-lg border bg-white px-2 py-1.5 text-right text-base tabular-nums focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200 " +
            (problem ? "border-brand-600" : "border-earth-200")
          }
        />
        <span id={`${id}-stock`} className="ml-2 text-xs text-earth-600 sm:ml-0 sm:block">
          {item.stock === null ? "" : t("stockInfo", { stock: String(item.stock) })}
        </span>
        {problem ? (
          <span id={`${id}-problem`} className="mt-1 block text-sm font-medium text-brand-700" data-testid="pad-line-problem">
            {lineProblemText(problem, t, locale)}
          </span>
        ) : null}
      </td>
      <td className={cell + " font-semibold tabular-nums sm:text-right"}>
        <span className={phoneLabel}>{t("colTotal")}</span>
        {formatPrice(lineTotal(line), locale)}
      </td>
      <td className={cell + " text-sm"}>
        <span className={phoneLabel}>{t("colCounty")}</span>
        {countyName(item.county_handle, item.county_name, locale)}
      </td>
      <td className={cell + " text-right"}>
        <button
          type="button"
          onClick={() => dispatch({ type: "remove", variant_id: item.variant_id })}
          className="rounded-full px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50"
        >
          {t("remove")}
          <span className="sr-only"> {title}</span>
        </button>
      </td>
    </tr>
  )
})

/** The pad's lines: a table on wide screens, one card per line on phones. */
export function PadGrid({ lines, locale, dispatch }: { lines: readonly PadLine[]; locale: Locale; dispatch: Dispatch<PadAction> }) {
  const t = useTranslations("institution")
  if (!lines.length) return <p className="rounded-xl bg-earth-50 p-4 text-earth-700">{t("linesEmpty")}</p>
  return (
    <table className="block w-full text-left text-sm sm:table sm:text-base" data-testid="pad-grid">
      <thead className="hidden sm:table-header-group">
        <tr className="border-b border-earth-200 text-xs text-earth-600 sm:text-sm">
          <th scope="col" className="px-2 py-2 font-semibold">{t("colProduct")}</th>
          <th scope="col" className="px-2 py-2 font-semibold">{t("colVariant")}</th>
          <th scope="col" className="px-2 py-2 font-semibold">{t("colPack")}</th>
          <th scope="col" className="px-2 py-2 text-right font-semibold">{t("colPrice")}</th>
          <th scope="col" className="px-2 py-2 font-semibold">{t("colQuantity")}</th>
          <th scope="col" className="px-2 py-2 text-right font-semibold">{t("colTotal")}</th>
          <th scope="col" className="px-2 py-2 font-semibold">{t("colCounty")}</th>
          <th scope="col" className="px-2 py-2">
            <span className="sr-only">{t("remove")}</span>
          </th>
        </tr>
      </thead>
      <tbody className="block sm:table-row-group">
        {lines.map((line) => (
          <PadRow key={line.item.variant_id} line={line} locale={locale} dispatch={dispatch} />
        ))}
      </tbody>
    </table>
  )
}

/** The message under a pad line that cannot be ordered as it stands. */
function lineProblemText(problem: LineProblem, t: ReturnType<typeof useTranslations<"institution">>, locale: Locale): string {
  switch (problem.kind) {
    case "not-number":
      return t("qtyNotNumber")
    case "below-min":
      return t("qtyBelowMin", { min: String(problem.min) })
    case "pack":
      return t("qtyPackMultiple", { pack: String(problem.pack) })
    case "stock":
      return t("qtyOverStock", { stock: String(problem.stock) })
    case "not-sellable":
      return t("notSellable")
    case "server":
      return localHalf(problem.message, locale)
  }
}
