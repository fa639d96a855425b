"use client"

import { useTranslations } from "next-intl"
import { useEffect, useRef, useState } from "react"
import { type Locale, type PadVariantDTO, quantityBreaks, type StorePadVariantsResponse } from "@fupin/shared"
import { formatPrice } from "@/lib/util/price"
import { buttonSecondary } from "@/modules/common/components/field"
import { countyName } from "../lib/format"
import { isSellable } from "../lib/pad"

/** Looks like a SKU rather than a product name: letters, digits and dashes, no spaces or Chinese. */
function looksLikeSku(q: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(q) && /\d|-/.test(q)
}

async function find(q: string, signal: AbortSignal): Promise<PadVariantDTO[]> {
  const asks = [`q=${encodeURIComponent(q)}`]
  if (looksLikeSku(q)) asks.push(`sku=${encodeURIComponent(q)}`)
  const answers = await Promise.all(
    asks.map(async (query) => {
      const res = await fetch(`/api/institution/pad/variants?${query}`, { signal, cache: "no-store" })
      if (!res.ok) throw new Error(String(res.status))
      return ((await res.json()) as StorePadVariantsResponse).variants
    })
  )
  const seen = new Set<string>()
  // exact SKU matches first
  return answers.reverse().flat().filter((v) => (seen.has(v.variant_id) ? false : (seen.add(v.variant_id), true)))
}

/** Find products for the pad by name, pinyin, initials (the store search) or SKU, and add them. */
export function PadSearch({ locale, inPad, onAdd }: { locale: Locale; inPad: ReadonlySet<string>; onAdd: (v: PadVariantDTO) => void }) {
  const dict = useTranslations("institution")
  const [q, setQ] = useState("")
  const [state, setState] = useState<{ status: "idle" | "loading" | "done" | "error"; results: PadVariantDTO[]; for: string }>({
    status: "idle",
    results: [],
    for: "",
  })
  const controller = useRef<AbortController | null>(null)

  function search(query: string) {
    const trimmed = query.trim()
    controller.current?.abort()
    if (!trimmed) return setState({ status: "idle", results: [], for: "" })
    const c = new AbortController()
    controller.current = c
    setState((s) => ({ ...s, status: "loading" }))
    find(trimmed, c.signal).then(
      (results) => setState({ status: "done", results, for: trimmed }),
      (error: unknown) => {
        if (!c.signal.aborted) setState({ status: "error", results: [], for: trimmed })
        void error
      }
    )
  }

  // search as one types, a moment after the last key
  useEffect(() => {
    const t = setTimeout(() => {
      if (q.trim().length >= 2) search(q)
    }, 350)
    return () => clearTimeout(t)
  }, [q])

  return (
    <div>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault()
          search(q)
        }}
        className="flex gap-2"
      >
        <label htmlFor="pad-search" className="sr-only">
          {dict("searchLabel")}
        </label>
        <input
          id="pad-search"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={dict("searchPlaceholder")}
          autoComplete="off"
          className="min-w-0 flex-1 rounded-full border border-earth-200 bg-white px-4 py-2.5 text-base focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"
        />
        <button type="submit" className={buttonSecondary}>
          {dict("searchButton")}
        </button>
      </form>
      <div aria-live="polite" className="mt-2">
        {state.status === "loading" ? <p className="text-sm text-earth-600">{dict("searching")}</p> : null}
        {state.status === "error" ? <p className="text-sm font-medium text-brand-700">{dict("searchFailed")}</p> : null}
        {state.status === "done" && !state.results.length ? <p className="text-sm text-earth-700">{dict("searchNone")}</p> : null}
      </div>
      {state.results.length ? (
        <ul className="mt-2 max-h-80 divide-y divide-earth-100 overflow-y-auto rounded-xl ring-1 ring-earth-100" data-testid="pad-search-results">
          {state.results.map((v) => {
            const title = [v.product_title, v.variant_title].filter(Boolean).join(" ")
            const added = inPad.has(v.variant_id)
            return (
              <li key={v.variant_id} className="flex flex-wrap items-center justify-between gap-2 bg-white px-3 py-2">
                <div className="min-w-0">
                  <p className="font-medium text-earth-900">{title}</p>
                  <p className="text-xs text-earth-600">
                    {v.sku} · {countyName(v.county_handle, v.county_name, locale)} · {v.unit_price === null ? "—" : formatPrice(v.unit_price, locale)}
                    {quantityBreaks(v.price_tiers).map((b) => ` · ${dict("priceBreak", { min: String(b.min_quantity), price: formatPrice(b.unit_price, locale) })}`).join("")}
                    {v.stock !== null ? ` · ${dict("stockInfo", { stock: String(v.stock) })}` : ""}
                  </p>
                  {!isSellable(v) ? <p className="text-xs font-medium text-brand-700">{dict("notSellable")}</p> : null}
                </div>
                <button
                  type="button"
                  onClick={() => onAdd(v)}
                  disabled={!isSellable(v)}
                  className="rounded-full bg-brand-600 px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-50"
                >
                  {added ? dict("added") : dict("add")}
                  <span className="sr-only"> {title}</span>
                </button>
              </li>
            )
          })}
        </ul>
      ) : null}
    </div>
  )
}
