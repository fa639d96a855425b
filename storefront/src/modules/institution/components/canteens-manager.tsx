"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import { KUNMING_COUNTIES, type Locale, type PortalCanteenDTO } from "@fupin/shared"
import { addCanteen, type CanteenFormState, removeCanteen, updateCanteen } from "@/lib/actions/institution-canteens"
import { interpolate } from "@/lib/i18n/format"
import { buttonPrimary, buttonSecondary, card, Field, FormMessage } from "@/modules/common/components/field"
import { countyName } from "../lib/format"

const EMPTY: CanteenFormState = { error: null, fields: {}, values: {} }

/** Changing a canteen (its own few strings, beside the portal's dictionary). */
const EDIT = {
  zh: { edit: "修改", editLabel: "修改{name}", save: "保存修改", cancel: "取消" },
  en: { edit: "Edit", editLabel: "Edit {name}", save: "Save changes", cancel: "Cancel" },
} as const

function CanteenRow({ canteen, locale, canEdit }: { canteen: PortalCanteenDTO; locale: Locale; canEdit: boolean }) {
  const t = useTranslations("institution")
  const [state, remove, removing] = useActionState(removeCanteen, EMPTY)
  const [editing, setEditing] = useState(false)
  const edit = EDIT[locale]
  if (editing) {
    return (
      <li className="py-3" data-testid="canteen" data-name={canteen.name}>
        <CanteenForm locale={locale} canteen={canteen} onDone={() => setEditing(false)} />
      </li>
    )
  }
  return (
    <li className="py-3" data-testid="canteen" data-name={canteen.name}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="font-semibold text-earth-900">{canteen.name}</p>
          <p className="text-sm text-earth-800">
            昆明市{countyName(canteen.county_handle, canteen.county_name, "zh")}
            {canteen.address}
          </p>
          <p className="text-sm text-earth-700">
            {canteen.contact_name} {canteen.contact_phone}
          </p>
        </div>
        {canEdit ? (
          <div className="flex gap-2">
          <button
            type="button"
            onClick={() => setEditing(true)}
            aria-label={interpolate(edit.editLabel, { name: canteen.name })}
            className="rounded-full px-3 py-1.5 text-sm font-semibold text-earth-800 ring-1 ring-earth-200 hover:bg-earth-50"
          >
            {edit.edit}
          </button>
          <form action={remove}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="canteen_id" value={canteen.id} />
            <button
              type="submit"
              disabled={removing}
              aria-label={t("canteenRemoveLabel", { name: canteen.name })}
              className="rounded-full px-3 py-1.5 text-sm font-semibold text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50"
            >
              {t("canteenRemove")}
            </button>
          </form>
          </div>
        ) : null}
      </div>
      {state.error ? (
        <div className="mt-2">
          <FormMessage error={state.error} />
        </div>
      ) : null}
    </li>
  )
}

/** A new canteen, or (with `canteen`) the changes to one; the backend names a bad field. */
function CanteenForm({ locale, canteen, onDone }: { locale: Locale; canteen?: PortalCanteenDTO; onDone?: () => void }) {
  const t = useTranslations("institution")
  const edit = EDIT[locale]
  const [state, action, pending] = useActionState(async (prev: CanteenFormState, formData: FormData) => {
    const next = await (canteen ? updateCanteen : addCanteen)(prev, formData)
    if (next.done && onDone) onDone()
    return next
  }, EMPTY)
  const v = canteen && !state.error && !Object.keys(state.fields).length ? canteen : state.values
  const id = (f: string) => (canteen ? `canteen-${canteen.id}-${f}` : `field-${f}`)
  return (
    <form action={action} noValidate className="grid gap-3 sm:grid-cols-2" key={state.done ?? "form"} data-testid={canteen ? "canteen-edit" : undefined}>
      <input type="hidden" name="locale" value={locale} />
      {canteen ? <input type="hidden" name="canteen_id" value={canteen.id} /> : null}
      <div className="sm:col-span-2 space-y-2" aria-live="polite">
        <FormMessage error={state.error} success={state.done ?? null} />
      </div>
      <Field id={id("name")} name="name" label={t("canteenName")} defaultValue={v.name} error={state.fields.name} required />
      <Field id={id("contact_name")} name="contact_name" label={t("canteenContact")} autoComplete="name" defaultValue={v.contact_name} error={state.fields.contact_name} required />
      <Field
        id={id("contact_phone")}
        name="contact_phone"
        type="tel"
        label={t("canteenPhone")}
        hint={t("canteenPhoneHint")}
        autoComplete="tel"
        defaultValue={v.contact_phone}
        error={state.fields.contact_phone}
        required
      />
      <div>
        <label htmlFor={id("county_handle")} className="block text-sm font-medium text-earth-800">
          {t("canteenCounty")}
        </label>
        <select
          id={id("county_handle")}
          name="county_handle"
          defaultValue={v.county_handle ?? ""}
          aria-invalid={state.fields.county_handle ? true : undefined}
          aria-describedby={state.fields.county_handle ? `${id("county_handle")}-error` : undefined}
          className="mt-1 block w-full rounded-lg border border-earth-200 bg-white px-3 py-2.5 text-base text-earth-900 shadow-sm"
          required
        >
          <option value="" disabled>
            —
          </option>
          {KUNMING_COUNTIES.map((c) => (
            <option key={c.handle} value={c.handle}>
              {locale === "zh" ? c.name_zh : `${c.name_en} ${c.name_zh}`}
            </option>
          ))}
        </select>
        {state.fields.county_handle ? (
          <p id={`${id("county_handle")}-error`} className="mt-1 text-sm font-medium text-brand-700">
            {state.fields.county_handle}
          </p>
        ) : null}
      </div>
      <Field id={id("address")} name="address" className="sm:col-span-2" label={t("canteenAddress")} autoComplete="street-address" defaultValue={v.address} error={state.fields.address} required />
      <div className="flex flex-wrap gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className={buttonPrimary}>
          {canteen ? edit.save : t("canteenSave")}
        </button>
        {canteen && onDone ? (
          <button type="button" onClick={onDone} className={buttonSecondary}>
            {edit.cancel}
          </button>
        ) : null}
      </div>
    </form>
  )
}

/** The canteens' delivery addresses: every member reads them, the admin adds, changes and removes. */
export function CanteensManager({ canteens, locale, canEdit }: { canteens: PortalCanteenDTO[]; locale: Locale; canEdit: boolean }) {
  const t = useTranslations("institution")
  return (
    <div className="space-y-6">
      <section className={card} aria-labelledby="canteens-list-title">
        <h2 id="canteens-list-title" className="mb-2 text-lg font-bold text-earth-900">
          {t("canteensTitle")}
        </h2>
        {canteens.length ? (
          <ul className="divide-y divide-earth-100" data-testid="canteens">
            {canteens.map((c) => (
              <CanteenRow key={c.id} canteen={c} locale={locale} canEdit={canEdit} />
            ))}
          </ul>
        ) : (
          <p className="text-earth-700">{t("canteensNone")}</p>
        )}
      </section>
      {canEdit ? (
        <section className={card} aria-labelledby="canteen-add-title">
          <h2 id="canteen-add-title" className="mb-3 text-lg font-bold text-earth-900">
            {t("canteenAdd")}
          </h2>
          <CanteenForm locale={locale} />
        </section>
      ) : (
        <p className="text-sm text-earth-700">{t("canteensAdminOnly")}</p>
      )}
    </div>
  )
}
