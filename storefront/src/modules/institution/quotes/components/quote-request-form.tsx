"use client"

import { useTranslations } from "next-intl"
import Link from "next/link"
import { useState, useTransition } from "react"
import { type Locale, MAX_QUOTE_NOTE_LENGTH } from "@fupin/shared"
import { type QuoteFormState, requestQuote } from "@/lib/actions/institution-quotes"
import { localizedHref } from "@/lib/i18n/paths"
import { buttonSecondary, FormMessage } from "@/modules/common/components/field"

/**
 * 询价 on the pad: sends the lines as they stand (and a note) for the operator to price; nothing is
 * ordered. The canteen and date chosen on the pad go with them: an accepted quote is delivered there.
 */
export function QuoteRequestForm({
  locale,
  lines,
  delivery,
  disabled,
}: {
  locale: Locale
  lines: () => Array<{ variant_id: string; quantity: number }>
  delivery: { canteen_id: string; requested_delivery_date: string }
  disabled: boolean
}) {
  const dict = useTranslations("institutionQuotes")
  const [note, setNote] = useState("")
  const [state, setState] = useState<QuoteFormState | null>(null)
  const [pending, startTransition] = useTransition()
  function ask() {
    const current = lines()
    startTransition(async () => {
      const result = await requestQuote({ locale, note, lines: current, ...delivery })
      setState(result)
      if (result.quote_id) setNote("")
    })
  }
  return (
    <div className="mt-4 border-t border-earth-100 pt-3" data-testid="quote-request">
      <label htmlFor="quote-note" className="block text-sm font-medium text-earth-800">
        {dict("askNote")}
      </label>
      <textarea
        id="quote-note"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={MAX_QUOTE_NOTE_LENGTH}
        rows={2}
        placeholder={dict("askNotePlaceholder")}
        className="mt-1 block w-full rounded-lg border border-earth-200 bg-white px-3 py-2 text-base text-earth-900"
      />
      <button type="button" onClick={ask} disabled={pending || disabled} className={buttonSecondary + " mt-2 w-full py-3"}>
        {pending ? dict("asking") : dict("ask")}
      </button>
      <p className="mt-1 text-xs text-earth-600">{dict("askHint")}</p>
      <div className="mt-2" aria-live="polite">
        {state?.error ? <FormMessage error={state.error} /> : null}
        {state?.done && state.quote_id ? (
          <p role="status" className="text-sm text-emerald-800" data-testid="quote-requested">
            {state.done}{" "}
            <Link href={localizedHref(locale, `/institution/quotes/${state.quote_id}`)} className="font-semibold underline underline-offset-4">
              {dict("viewQuote")}
            </Link>
          </p>
        ) : null}
      </div>
    </div>
  )
}
