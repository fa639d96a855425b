"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { type InstitutionShipmentDTO, type Locale, RECEIPT_DECISION_LABELS, RECEIPT_DECISIONS, RECEIPT_NOTE_MAX } from "@fupin/shared"
import { confirmReceipt, type ReceiptFormState } from "@/lib/actions/institution-receiving"
import { buttonPrimary, FormMessage } from "@/modules/common/components/field"
import { UploadField } from "@/modules/common/components/upload-field"
import { localHalfWithoutField } from "@/lib/data/errors"

const EMPTY: ReceiptFormState = { error: null }
const input =
  "block w-24 rounded-lg border border-earth-200 bg-white px-2 py-2 text-base tabular-nums focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"

/**
 * 验收 of one supplier shipment: what arrived and what was damaged, line by
 * line (prefilled with what was shipped, so a full delivery is one tap), the
 * decision, a note and a photo. The backend checks every number.
 */
export function ReceiptForm({ orderId, shipment, locale }: { orderId: string; shipment: InstitutionShipmentDTO; locale: Locale }) {
  const dict = useTranslations("institution")
  const [state, action, pending] = useActionState(confirmReceipt, EMPTY)
  const id = shipment.fulfillment_id
  const error = state.error ? localHalfWithoutField(state.error, locale) : null
  return (
    <form action={action} className="mt-3 space-y-3" data-testid="receipt-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="fulfillment_id" value={id} />
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="text-earth-600">
            <tr>
              <th scope="col" className="py-1 pr-2 font-medium">
                {dict("receiptLineProduct")}
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                {dict("receiptShipped")}
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                {dict("receiptReceived")}
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                {dict("receiptDamaged")}
              </th>
            </tr>
          </thead>
          <tbody>
            {shipment.lines.map((line) => (
              <tr key={line.line_item_id} className="border-t border-earth-100">
                <th scope="row" className="py-2 pr-2 font-medium text-earth-900">
                  <input type="hidden" name="line_item_id" value={line.line_item_id} />
                  {line.title}
                </th>
                <td className="px-2 py-2 tabular-nums">{line.quantity}</td>
                <td className="px-2 py-2">
                  <input
                    type="number"
                    name={`received:${line.line_item_id}`}
                    min={0}
                    max={line.quantity}
                    step={1}
                    required
                    defaultValue={line.quantity}
                    aria-label={`${line.title} ${dict("receiptReceived")}`}
                    className={input}
                  />
                </td>
                <td className="px-2 py-2">
                  <input
                    type="number"
                    name={`damaged:${line.line_item_id}`}
                    min={0}
                    max={line.quantity}
                    step={1}
                    defaultValue={0}
                    aria-label={`${line.title} ${dict("receiptDamaged")}`}
                    className={input}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-earth-800">{dict("receiptDecision")}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {RECEIPT_DECISIONS.map((d) => (
            <label key={d} className="flex min-h-11 items-center gap-2 text-base">
              <input type="radio" name="decision" value={d} defaultChecked={d === "accepted"} className="h-5 w-5 accent-brand-700" />
              {locale === "en" ? RECEIPT_DECISION_LABELS[d].en : RECEIPT_DECISION_LABELS[d].zh}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor={`note-${id}`} className="block text-sm font-medium text-earth-800">
          {dict("receiptNote")}
        </label>
        <textarea
          id={`note-${id}`}
          name="note"
          rows={2}
          maxLength={RECEIPT_NOTE_MAX}
          className="mt-1 block w-full rounded-lg border border-earth-200 bg-white px-3 py-2 text-base focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"
        />
      </div>
      <UploadField name="photo" label={dict("receiptPhoto")} kind="images" strings="supplierPortal.upload" max={1} endpoint="/api/institution/uploads" />
      <div aria-live="polite">
        <FormMessage error={error} success={state.done ?? null} />
      </div>
      <button type="submit" disabled={pending} className={buttonPrimary + " px-5 py-2"}>
        {pending ? dict("receiptSubmitting") : dict("receiptSubmit")}
      </button>
    </form>
  )
}
