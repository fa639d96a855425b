"use client"

import { useTranslations } from "next-intl"
import { useState, useTransition } from "react"
import type { Locale, PortalListDTO } from "@fupin/shared"
import { type ListFormState, replaceListLines, saveListFromPad } from "@/lib/actions/institution-lists"
import { buttonSecondary } from "@/modules/common/components/field"
import { SavedNote } from "./saved-note"

/** 保存为常用清单 on the pad: the lines as they stand, under a new name, or in place of an existing list's. */
export function SaveListForm({
  locale,
  lines,
  lists,
}: {
  locale: Locale
  lines: () => Array<{ variant_id: string; quantity: number }>
  lists: Array<Pick<PortalListDTO, "id" | "name">>
}) {
  const dict = useTranslations("institutionLists")
  const [name, setName] = useState("")
  const [target, setTarget] = useState("")
  const [state, setState] = useState<ListFormState | null>(null)
  const [pending, startTransition] = useTransition()
  function save() {
    const current = lines()
    startTransition(async () => {
      setState(target ? await replaceListLines({ locale, list_id: target, lines: current }) : await saveListFromPad({ locale, name, lines: current }))
    })
  }
  return (
    <div className="mt-4 border-t border-earth-100 pt-3" data-testid="save-list">
      <h3 className="text-sm font-bold text-earth-900">{dict("saveAs")}</h3>
      <div className="mt-2 flex flex-wrap items-end gap-2">
        {lists.length ? (
          <label className="text-sm text-earth-800">
            <span className="block font-medium">{dict("saveTarget")}</span>
            <select value={target} onChange={(e) => setTarget(e.target.value)} className="mt-1 rounded-lg border border-earth-200 bg-white px-2 py-2 text-base">
              <option value="">{dict("saveNew")}</option>
              {lists.map((l) => (
                <option key={l.id} value={l.id}>
                  {dict("replace")}「{l.name}」
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {!target ? (
          <label className="min-w-0 flex-1 text-sm text-earth-800">
            <span className="block font-medium">{dict("saveName")}</span>
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder={dict("saveNamePlaceholder")}
              maxLength={60}
              className="mt-1 block w-full rounded-lg border border-earth-200 bg-white px-3 py-2 text-base text-earth-900"
            />
          </label>
        ) : null}
        <button type="button" onClick={save} disabled={pending || (!target && !name.trim())} className={buttonSecondary + " px-4 py-2 text-sm"}>
          {pending ? dict("saving") : dict("saveButton")}
        </button>
      </div>
      <div className="mt-2" aria-live="polite">
        <SavedNote locale={locale} error={state?.error} done={state?.done} />
      </div>
    </div>
  )
}
