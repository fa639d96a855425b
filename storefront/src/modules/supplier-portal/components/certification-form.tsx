"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { Locale } from "@fupin/shared"
import { applyCertification } from "@/lib/actions/supplier-portal"
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
  const portal = useTranslations("supplierPortal")
  const t = useTranslations("supplierPortal.certification")
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
          <SelectField key={`product-${round}`} name="product_id" label={t("product")} defaultValue={state.values.product_id ?? ""} error={state.fields.product_id} required>
            <option value="">{t("chooseProduct")}</option>
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </SelectField>
        )}
        <UploadField name="evidence" kind="documents" label={t("evidence")} strings="supplierPortal.upload" error={state.fields.evidence} />
        <button type="submit" className={buttonPrimary + " min-h-12 w-full"}>
          {pending ? portal("common.submitting") : renew ? t("renew") : t("apply")}
        </button>
      </fieldset>
    </form>
  )
}
