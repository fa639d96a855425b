"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { Locale } from "@fupin/shared"
import { type ListFormState, setMemberBudget } from "@/lib/actions/institution-lists"
import { buttonSecondary, Field, FormMessage } from "@/modules/common/components/field"
import { HiddenFields } from "./hidden-fields"

const EMPTY: ListFormState = { error: null, done: null }

/** The admin's 月度预算 of one member (purchasers): an amount in yuan, or empty for none. */
export function MemberBudgetForm({ locale, memberId, budget }: { locale: Locale; memberId: string; budget: number | null }) {
  const t = useTranslations("institutionLists")
  const [state, action, pending] = useActionState(setMemberBudget, EMPTY)
  const id = `budget-${memberId}`
  return (
    <form action={action} className="mt-2 flex flex-wrap items-end gap-2" data-testid="member-budget">
      <HiddenFields values={{ locale, member_id: memberId }} />
      <Field
        id={id}
        name="monthly_budget"
        label={t("budgetLabel")}
        hint={t("budgetHint")}
        inputMode="decimal"
        defaultValue={budget === null ? "" : String(budget)}
        className="w-full max-w-xs"
      />
      <button type="submit" disabled={pending} className={buttonSecondary + " px-3 py-2 text-sm"}>
        {t("budgetSave")}
      </button>
      {state.error ? <FormMessage error={state.error} /> : state.done ? <p role="status" className="w-full text-sm text-earth-600">{state.done}</p> : null}
    </form>
  )
}
