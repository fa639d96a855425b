"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { Locale } from "@fupin/shared"
import { decideQuote, type QuoteFormState } from "@/lib/actions/institution-quotes"
import { buttonPrimary, buttonSecondary, FormMessage } from "@/modules/common/components/field"

const START: QuoteFormState = { error: null, done: null }

/** 接受报价并下单 / 拒绝报价: the page re-reads the quote once the backend has decided. */
export function QuoteDecideForm({ locale, quoteId, canAccept }: { locale: Locale; quoteId: string; canAccept: boolean }) {
  const t = useTranslations("institutionQuotes")
  const [state, action, pending] = useActionState(decideQuote, START)
  return (
    <form action={action} className="mt-4" data-testid="quote-decide">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="quote_id" value={quoteId} />
      <label htmlFor={`decline-note-${quoteId}`} className="block text-sm font-medium text-earth-800">
        {t("declineNoteLabel")}
      </label>
      <textarea
        id={`decline-note-${quoteId}`}
        name="note"
        rows={2}
        maxLength={500}
        className="mb-3 mt-1 block w-full rounded-lg border border-earth-200 bg-white px-3 py-2 text-base focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"
      />
      <div className="flex flex-wrap gap-3">
        {canAccept ? (
          <button type="submit" name="decision" value="accept" disabled={pending} className={buttonPrimary}>
            {pending ? t("accepting") : t("accept")}
          </button>
        ) : null}
        <button
          type="submit"
          name="decision"
          value="decline"
          disabled={pending}
          className={buttonSecondary + " py-3"}
          onClick={(e) => {
            if (!window.confirm(t("declineConfirm"))) e.preventDefault()
          }}
        >
          {t("decline")}
        </button>
      </div>
      <div className="mt-2" aria-live="polite">
        {state.error ? <FormMessage error={state.error} /> : null}
      </div>
    </form>
  )
}
