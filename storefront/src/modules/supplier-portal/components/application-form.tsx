"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { LINKAGE_MECHANISM_LABELS, LINKAGE_MECHANISMS, SUPPLIER_TYPE_LABELS, SUPPLIER_TYPES, type Locale, type StoreCounty } from "@fupin/shared"
import { submitApplication } from "@/lib/actions/supplier-portal"
import { buttonPrimary, Field, FormMessage } from "@/modules/common/components/field"
import { EMPTY_FORM } from "./auth-forms"
import { CountyTownship } from "./county-township"
import { CheckboxGroup, FormSection, SelectField, TextareaField, useAnswerRound } from "./fields"
import { UploadField } from "@/modules/common/components/upload-field"

/** Joining, step 2: who the producer is, where, which households it supports, and its licences. */
export function ApplicationForm({ locale, counties }: { locale: Locale; counties: StoreCounty[] }) {
  const portal = useTranslations("supplierPortal")
  const dict = useTranslations("supplierPortal.apply")
  const [state, action, pending] = useActionState(submitApplication, EMPTY_FORM)
  const round = useAnswerRound(state)
  const v = state.values
  const f = state.fields
  return (
    <form action={action} noValidate className="mt-5 space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error} />
      <FormSection title={dict("stepEntity")}>
        <Field name="owner_name" autoComplete="name" label={dict("ownerName")} defaultValue={v.owner_name} error={f.owner_name} required />
        <Field name="legal_name" autoComplete="organization" label={dict("legalName")} defaultValue={v.legal_name} error={f.legal_name} required />
        <Field
          name="credit_code"
          label={dict("creditCode")}
          hint={dict("creditCodeHint")}
          defaultValue={v.credit_code}
          error={f.credit_code}
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          required
        />
        <SelectField key={`type-${round}`} name="type" label={dict("type")} defaultValue={v.type ?? "cooperative"} error={f.type} required>
          {SUPPLIER_TYPES.map((t) => (
            <option key={t} value={t}>
              {SUPPLIER_TYPE_LABELS[t][locale]}
            </option>
          ))}
        </SelectField>
      </FormSection>
      <FormSection title={dict("stepPlace")}>
        <CountyTownship
          locale={locale}
          counties={counties}
          labels={{ county: dict("county"), township: dict("township"), chooseCounty: dict("chooseCounty"), chooseTownship: dict("chooseTownship") }}
          initial={{ county: v.county_handle, township: v.township_id }}
          errors={{ county: f.county_handle, township: f.township_id }}
        />
      </FormSection>
      <FormSection title={dict("stepContact")}>
        <Field name="contact_name" label={dict("contactName")} defaultValue={v.contact_name} error={f.contact_name} required />
        <Field name="contact_phone" type="tel" inputMode="numeric" autoComplete="tel" label={dict("contactPhone")} defaultValue={v.contact_phone} error={f.contact_phone} required />
      </FormSection>
      <FormSection title={dict("stepLinkage")}>
        <div className="grid grid-cols-2 gap-3">
          <Field name="households_bound" inputMode="numeric" label={dict("households")} defaultValue={v.households_bound} error={f.households_bound} required />
          <Field name="people_bound" inputMode="numeric" label={dict("people")} defaultValue={v.people_bound} error={f.people_bound} required />
        </div>
        <CheckboxGroup
          key={`mechanisms-${round}`}
          name="mechanisms"
          legend={dict("mechanisms")}
          options={LINKAGE_MECHANISMS.map((m) => ({ value: m, label: LINKAGE_MECHANISM_LABELS[m][locale] }))}
          checked={(v.mechanisms ?? "").split(",")}
          error={f.mechanisms}
        />
        <TextareaField name="description" label={dict("description")} defaultValue={v.description} rows={3} />
      </FormSection>
      <FormSection title={dict("stepDocuments")}>
        <UploadField name="documents" kind="documents" label={dict("documents")} hint={dict("documentsHint")} strings="supplierPortal.upload" error={f.documents} />
      </FormSection>
      <button type="submit" disabled={pending} className={buttonPrimary + " min-h-12 w-full"}>
        {pending ? portal("common.submitting") : dict("submit")}
      </button>
    </form>
  )
}
