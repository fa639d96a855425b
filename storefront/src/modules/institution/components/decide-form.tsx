"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { Locale } from "@fupin/shared"
import { decideApproval, type DecideState } from "@/lib/actions/institution"
import { buttonPrimary, buttonSecondary, FormMessage } from "@/modules/common/components/field"

const EMPTY: DecideState = { ok: false, message: null, note: "" }

/** Approve (note optional) or reject (note required) one pending request. */
export function DecideForm({ approvalId, locale }: { approvalId: string; locale: Locale }) {
  const t = useTranslations("institution")
  const [state, action, pending] = useActionState(decideApproval, EMPTY)
  const noteId = `note-${approvalId}`
  return (
    <form action={action} className="mt-3 space-y-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="approval_id" value={approvalId} />
      <label htmlFor={noteId} className="block text-sm font-medium text-earth-800">
        {t("note")}
      </label>
      <textarea
        id={noteId}
        name="note"
        rows={2}
        defaultValue={state.note}
        aria-describedby={`${noteId}-hint`}
        className="block w-full rounded-lg border border-earth-200 bg-white px-3 py-2 text-base focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"
      />
      <p id={`${noteId}-hint`} className="text-xs text-earth-600">
        {t("noteHint")}
      </p>
      <div aria-live="polite">
        <FormMessage error={state.ok ? null : state.message} success={state.ok ? state.message : null} />
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="decision" value="approve" disabled={pending} className={buttonPrimary + " px-5 py-2 text-sm"}>
          {pending ? t("deciding") : t("approve")}
        </button>
        <button type="submit" name="decision" value="reject" disabled={pending} className={buttonSecondary}>
          {t("reject")}
        </button>
      </div>
    </form>
  )
}
