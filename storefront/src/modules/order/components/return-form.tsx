"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import {
  type Locale,
  RETURN_NOTE_MAX,
  RETURN_PHOTOS_MAX,
  SHOPPER_RETURN_REASON_LABELS,
  SHOPPER_RETURN_REASONS,
  type StoreShopperReturnsResponse,
} from "@fupin/shared"
import { requestReturn, type ReturnFormState } from "@/lib/actions/returns"
import { resolveImageUrl } from "@/lib/util/product"
import { formatPrice } from "@/lib/util/price"
import { buttonPrimary, describedBy, FormMessage, Shell } from "@/modules/common/components/field"
import { controlClass, SelectField } from "@/modules/common/components/select-field"
import { UploadField } from "@/modules/common/components/upload-field"
import { useFormResets } from "@/modules/common/hooks/use-form-resets"

const EMPTY: ReturnFormState = { error: null, fields: {}, values: {} }

/** 申请售后: tick the lines that go back and how many, say why, add photos. */
export function ReturnForm({ locale, orderId, lines }: { locale: Locale; orderId: string; lines: StoreShopperReturnsResponse["returnable"] }) {
  const t = useTranslations("afterSale")
  const [state, action, pending] = useActionState(requestReturn, EMPTY)
  // the reason survives the form's reset after a refused submit (useFormResets)
  const [reason, setReason] = useState("")
  const [reasonRef, resets] = useFormResets<HTMLDivElement>()
  const noteHint = t("noteHint", { max: String(RETURN_NOTE_MAX) })
  return (
    <form action={action} className="space-y-5" noValidate data-testid="return-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
      <FormMessage error={state.error} />
      <fieldset aria-describedby={state.fields.items ? "return-items-error" : "return-items-hint"}>
        <legend className="text-sm font-semibold text-earth-900">{t("linesLegend")}</legend>
        <p id="return-items-hint" className="mt-1 text-xs text-earth-600">{t("linesHint")}</p>
        <ul className="mt-2 space-y-2">
          {lines.map((line) => {
            const title = [line.title, line.variant_title].filter(Boolean).join(" · ")
            return (
              <li key={line.item_id} className="flex flex-wrap items-center gap-3 rounded-xl bg-earth-50 p-3">
                <label className="flex min-h-12 flex-1 items-center gap-3">
                  <input type="checkbox" name="line" value={line.item_id} defaultChecked={lines.length === 1} className="h-5 w-5 accent-brand-700" />
                  <img src={resolveImageUrl(line.thumbnail)} alt="" width={48} height={48} className="h-12 w-12 rounded-lg bg-white" />
                  <span className="text-sm font-medium text-earth-900">
                    {title}
                    <span className="block text-xs text-earth-600">
                      {formatPrice(line.unit_price, locale)} · {t("upTo", { max: String(line.quantity) })}
                    </span>
                  </span>
                </label>
                <input
                  type="number"
                  name={`qty:${line.item_id}`}
                  min={1}
                  max={line.quantity}
                  step={1}
                  inputMode="numeric"
                  defaultValue={state.values.quantities?.[line.item_id] ?? String(line.quantity)}
                  aria-label={t("quantityOf", { title, max: String(line.quantity) })}
                  className={controlClass() + " !mt-0 w-20"}
                />
              </li>
            )
          })}
        </ul>
        {state.fields.items ? <p id="return-items-error" className="mt-1 text-sm font-medium text-brand-700">{state.fields.items}</p> : null}
      </fieldset>
      <div ref={reasonRef} key={resets}>
      <SelectField name="reason" label={t("reason")} error={state.fields.reason} defaultValue={reason} onChange={(e) => setReason(e.target.value)}>
        <option value="" disabled>
          {t("chooseReason")}
        </option>
        {SHOPPER_RETURN_REASONS.map((r) => (
          <option key={r} value={r}>
            {SHOPPER_RETURN_REASON_LABELS[r][locale]}
          </option>
        ))}
      </SelectField>
      </div>
      <Shell id="return-note" label={t("note")} hint={noteHint} error={state.fields.note}>
        <textarea
          id="return-note"
          name="note"
          rows={3}
          maxLength={RETURN_NOTE_MAX}
          defaultValue={state.values.note ?? ""}
          aria-invalid={state.fields.note ? true : undefined}
          aria-describedby={describedBy("return-note", noteHint, state.fields.note)}
          className={controlClass(state.fields.note)}
        />
      </Shell>
      <UploadField
        name="photos"
        label={t("photos", { max: String(RETURN_PHOTOS_MAX) })}
        kind="images"
        strings="afterSale.upload"
        max={RETURN_PHOTOS_MAX}
        endpoint="/api/reviews/uploads"
        error={state.fields.photos}
      />
      <button type="submit" disabled={pending} className={buttonPrimary + " w-full"}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  )
}
