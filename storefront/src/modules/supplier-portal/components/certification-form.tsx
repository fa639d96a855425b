"use client"

import { useActionState } from "react"
import type { Locale } from "@fupin/shared"
import { applyCertification } from "@/lib/actions/supplier-portal"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { buttonPrimary, FormMessage } from "@/modules/common/components/field"
import { EMPTY_FORM } from "./auth-forms"
import { SelectField, useAnswerRound } from "./fields"
import { UploadField } from "@/modules/common/components/upload-field"

/** Apply for a product's certification (or renew it) with the evidence uploaded from the phone. */
export function CertificationForm({
  locale,
  products,
  readOnly,
  renew = null,
}: {
  locale: Locale
  products: Array<{ id: string; title: string }>
  readOnly: boolean
  /** renewing this product's certificate: no product to choose */
  renew?: { id: string; title: string } | null
}) {
  const portal = getPortalDictionary(locale)
  const dict = portal.certification
  const [state, action, pending] = useActionState(applyCertification, EMPTY_FORM)
  const round = useAnswerRound(state)
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error} success={state.notice ?? null} />
      <fieldset disabled={readOnly || pending} className="space-y-4">
        {renew ? (
          <input type="hidden" name="product_id" value={renew.id} />
        ) : (
          <SelectField key={`product-${round}`} name="product_id" label={dict.product} defaultValue={state.values.product_id ?? ""} error={state.fields.product_id} required>
            <option value="">{dict.chooseProduct}</option>
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </SelectField>
        )}
        <UploadField name="evidence" kind="documents" label={dict.evidence} labels={portal.upload} error={state.fields.evidence} />
        <button type="submit" className={buttonPrimary + " min-h-12 w-full"}>
          {pending ? portal.common.submitting : renew ? dict.renew : dict.apply}
        </button>
      </fieldset>
    </form>
  )
}
