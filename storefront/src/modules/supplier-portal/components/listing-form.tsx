"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import type { Locale, SupplierProductDTO } from "@fupin/shared"
import { saveListing } from "@/lib/actions/supplier-portal"
import { buttonPrimary, buttonSecondary, Field, FormMessage } from "@/modules/common/components/field"
import { EMPTY_FORM } from "./auth-forms"
import { FormSection, SelectField, TextareaField, useAnswerRound } from "./fields"
import { UploadField } from "@/modules/common/components/upload-field"

type Row = { key: string; id?: string | undefined }

/**
 * A listing: name, kind, description, images, and its sizes (规格) with weight, price
 * and stock. The same form creates (sent for review) and edits (price and stock at once,
 * the rest as a change request on a live listing).
 */
export function ListingForm({
  locale,
  product,
  categories,
  readOnly,
}: {
  locale: Locale
  product: SupplierProductDTO | null
  /** the kinds a product can be filed under, by group (肉禽蛋品: 牛肉制品, 猪肉…); a group itself is no choice */
  categories: Array<{ name: string; kinds: Array<{ handle: string; name: string }> }>
  readOnly: boolean
}) {
  const portal = useTranslations("supplierPortal")
  const t = useTranslations("supplierPortal.listings")
  const [state, action, pending] = useActionState(saveListing, EMPTY_FORM)
  const [rows, setRows] = useState<Row[]>(() =>
    product?.variants.length ? product.variants.map((v) => ({ key: v.id, id: v.id })) : [{ key: "new-0" }]
  )
  // once a save brings new sizes back from the server, the rows are the saved sizes (a new row gets its id)
  const savedIds = product?.variants.map((x) => x.id).join(",") ?? ""
  const [rowsOf, setRowsOf] = useState(savedIds)
  if (savedIds !== rowsOf) {
    setRowsOf(savedIds)
    setRows(product!.variants.map((x) => ({ key: x.id, id: x.id })))
  }
  const round = useAnswerRound(state)
  const v = state.values
  const f = state.fields
  const variantValue = (row: Row, field: "pack" | "weight_g" | "price" | "stock" | "sku") => {
    const typed = v[`variants.${row.key}.${field}`]
    if (typed !== undefined) return typed
    const saved = product?.variants.find((x) => x.id === row.id)
    if (!saved) return field === "stock" ? "0" : ""
    const value = saved[field]
    return value === null || value === undefined ? "" : String(value)
  }
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      {product ? <input type="hidden" name="product_id" value={product.id} /> : null}
      <FormMessage error={state.error} success={state.notice ?? null} />
      <fieldset disabled={readOnly || pending} className="space-y-4">
        <FormSection title={product ? t("editTitle") : t("newTitle")}>
          <Field name="title" label={t("fields.title")} hint={t("fields.titleHint")} defaultValue={v.title ?? product?.title ?? ""} error={f.title} required />
          {product ? null : (
            <SelectField key={`category-${round}`} name="category_handle" label={t("fields.category")} defaultValue={v.category_handle ?? ""} error={f.category_handle} required>
              <option value="">{t("fields.chooseCategory")}</option>
              {categories.map((g) => (
                <optgroup key={g.name} label={g.name}>
                  {g.kinds.map((c) => (
                    <option key={c.handle} value={c.handle}>
                      {c.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </SelectField>
          )}
          <TextareaField name="description" label={t("fields.description")} defaultValue={v.description ?? product?.description ?? ""} />
          <UploadField
            name="images"
            kind="images"
            label={t("fields.images")}
            hint={t("fields.imagesHint")}
            strings="supplierPortal.upload"
            initial={(product?.images ?? []).map((img) => ({ id: img.file_id ?? img.url, url: img.url, name: img.url.split("/").pop() ?? img.url }))}
          />
        </FormSection>

        <FormSection title={t("fields.variants")}>
          {f.variants ? <p className="text-sm font-medium text-brand-700">{f.variants}</p> : null}
          <ol className="space-y-4">
            {rows.map((row, index) => {
              const name = (field: string) => `variants.${row.key}.${field}`
              return (
                <li key={row.key} className="space-y-3 rounded-xl bg-earth-50 p-3" aria-label={`${t("fields.pack")} ${index + 1}`}>
                  <input type="hidden" name="variant_rows" value={row.key} />
                  {row.id ? <input type="hidden" name={name("id")} value={row.id} /> : null}
                  <Field name={name("pack")} label={t("fields.pack")} hint={t("fields.packHint")} defaultValue={variantValue(row, "pack")} error={f[name("pack")]} required />
                  <div className="grid grid-cols-3 gap-2">
                    <Field name={name("weight_g")} inputMode="numeric" label={t("fields.weight")} defaultValue={variantValue(row, "weight_g")} error={f[name("weight_g")]} required />
                    <Field name={name("price")} inputMode="decimal" label={t("fields.price")} defaultValue={variantValue(row, "price")} error={f[name("price")]} required />
                    <Field name={name("stock")} inputMode="numeric" label={t("fields.stock")} defaultValue={variantValue(row, "stock")} error={f[name("stock")]} required />
                  </div>
                  {!row.id && rows.length > 1 ? (
                    <button type="button" className={buttonSecondary} onClick={() => setRows((r) => r.filter((x) => x.key !== row.key))}>
                      {t("removeVariant")}
                    </button>
                  ) : null}
                </li>
              )
            })}
          </ol>
          <button type="button" className={buttonSecondary + " min-h-12 w-full"} onClick={() => setRows((r) => [...r, { key: `new-${Date.now()}` }])}>
            {t("addVariant")}
          </button>
        </FormSection>

        <button type="submit" className={buttonPrimary + " min-h-12 w-full"}>
          {pending ? portal("common.saving") : product ? t("saveChanges") : t("submitNew")}
        </button>
      </fieldset>
    </form>
  )
}
