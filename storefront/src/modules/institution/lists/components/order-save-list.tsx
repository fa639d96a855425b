"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { Locale } from "@fupin/shared"
import { type ListFormState, saveListFromOrder } from "@/lib/actions/institution-lists"
import { buttonSecondary } from "@/modules/common/components/field"
import { HiddenFields } from "./hidden-fields"
import { SavedNote } from "./saved-note"

const EMPTY: ListFormState = { error: null, done: null }

/** 保存为常用清单 on an order's page: its SKUs at its quantities. */
export function OrderSaveList({ locale, orderId, suggested }: { locale: Locale; orderId: string; suggested: string }) {
  const t = useTranslations("institutionLists")
  const [state, action, pending] = useActionState(saveListFromOrder, EMPTY)
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" data-testid="order-save-list">
      <HiddenFields values={{ locale, order_id: orderId }} />
      <label className="text-sm text-earth-800">
        <span className="block font-medium">{t("saveName")}</span>
        <input name="name" defaultValue={suggested} maxLength={60} className="mt-1 block w-56 rounded-lg border border-earth-200 bg-white px-3 py-2 text-base text-earth-900" />
      </label>
      <button type="submit" disabled={pending} className={buttonSecondary + " inline-flex min-h-11 items-center"}>
        {pending ? t("saving") : t("saveAs")}
      </button>
      <div className="w-full" aria-live="polite">
        <SavedNote locale={locale} error={state?.error} done={state?.done} />
      </div>
    </form>
  )
}
