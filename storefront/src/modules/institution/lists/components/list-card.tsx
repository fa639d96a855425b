"use client"

import { KUNMING_TIME_ZONE } from "@fupin/shared"
import { useTranslations } from "next-intl"
import Link from "next/link"
import { useActionState } from "react"
import type { Locale, PortalListDTO } from "@fupin/shared"
import { deleteList, type ListFormState, renameList } from "@/lib/actions/institution-lists"
import { localizedHref } from "@/lib/i18n/paths"
import { buttonPrimary, buttonSecondary, card, FormMessage } from "@/modules/common/components/field"
import { HiddenFields } from "./hidden-fields"

const EMPTY: ListFormState = { error: null, done: null }

/** One 常用清单: its lines, who saved it; 用此清单下单 for purchasers, rename and delete for purchasers and admins. */
export function ListCard({ list, locale, canOrder, canEdit }: { list: PortalListDTO; locale: Locale; canOrder: boolean; canEdit: boolean }) {
  const t = useTranslations("institutionLists")
  const [renameState, rename, renaming] = useActionState(renameList, EMPTY)
  const [deleteState, remove, removing] = useActionState(deleteList, EMPTY)
  const by = list.created_by ? `${list.created_by.last_name ?? ""}${list.created_by.first_name ?? ""}`.trim() || list.created_by.email || "—" : "—"
  const date = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", { dateStyle: "medium", timeZone: KUNMING_TIME_ZONE }).format(new Date(list.updated_at))
  const error = renameState.error ?? deleteState.error
  return (
    <li className={card} data-testid="institution-list" data-name={list.name}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-bold text-earth-900">{list.name}</h2>
        <p className="text-sm text-earth-600">{t("lines", { count: String(list.lines.length) })}</p>
      </div>
      <p className="mt-1 text-xs text-earth-600">{t("savedBy", { name: by, date })}</p>
      <ul className="mt-3 grid gap-x-6 gap-y-1 text-sm text-earth-800 sm:grid-cols-2" data-testid="list-lines">
        {list.lines.slice(0, 12).map((l) => (
          <li key={l.variant_id} className="flex justify-between gap-3">
            <span className="min-w-0 truncate">{l.title || l.sku}</span>
            <span className="tabular-nums text-earth-600">× {l.quantity}</span>
          </li>
        ))}
        {list.lines.length > 12 ? <li className="text-earth-600">…</li> : null}
      </ul>
      <div className="mt-4 flex flex-wrap items-end gap-3">
        {canOrder ? (
          <Link href={`${localizedHref(locale, "/institution/pad")}?list=${encodeURIComponent(list.id)}`} className={buttonPrimary + " inline-flex min-h-11 items-center"}>
            {t("use")}
          </Link>
        ) : null}
        {canEdit ? (
          <>
            <form action={rename} className="flex items-end gap-2">
              <HiddenFields values={{ locale, list_id: list.id }} />
              <label className="text-sm text-earth-800">
                <span className="sr-only">{t("renameLabel")}</span>
                <input name="name" defaultValue={list.name} maxLength={60} aria-label={t("renameLabel")} className="block w-44 rounded-lg border border-earth-200 bg-white px-3 py-2 text-sm" />
              </label>
              <button type="submit" disabled={renaming} className={buttonSecondary + " px-3 py-2 text-sm"}>
                {t("rename")}
              </button>
            </form>
            <form
              action={remove}
              onSubmit={(e) => {
                if (!window.confirm(t("removeConfirm", { name: list.name }))) e.preventDefault()
              }}
            >
              <HiddenFields values={{ locale, list_id: list.id }} />
              <button type="submit" disabled={removing} className="rounded-full px-3 py-2 text-sm font-semibold text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50">
                {t("remove")}
              </button>
            </form>
          </>
        ) : null}
      </div>
      {error ? (
        <div className="mt-2">
          <FormMessage error={error} />
        </div>
      ) : null}
    </li>
  )
}
