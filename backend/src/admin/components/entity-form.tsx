import { Button, Checkbox, Drawer, Hint, Input, Label, Select, Text, Textarea } from "@medusajs/ui"
import { type ReactNode, useState } from "react"

/**
 * The dashboard's create/edit forms (suppliers, certificates, intent agreements,
 * service stations): one field list per form, checked in the browser with
 * Chinese messages naming the field, then by the API, whose 400 (“credit_code:
 * … already registered”) is shown next to the field it names.
 */

export type FormValues = Record<string, unknown>

export type FieldKind = "text" | "textarea" | "number" | "date" | "select" | "checkbox" | "multi"

export interface FieldSpec<V extends FormValues = FormValues> {
  name: keyof V & string
  /** Chinese label; also the name used in every message about the field */
  label: string
  kind?: FieldKind
  /** select and multi: [value, label] */
  options?: Array<[string, string]> | ((values: V) => Array<[string, string]>)
  required?: boolean
  placeholder?: string
  hint?: string
  /** a problem with the value, in Chinese, without the label (the form adds it) */
  check?: (value: unknown, values: V) => string | undefined
  /** run `check` on an empty value too: a rule that depends on other fields (联结方式 when households are linked) */
  checkWhenEmpty?: boolean
  /** shown only when this says so (e.g. 车间就业人数 for workshops) */
  when?: (values: V) => boolean
  /** the field's own control, for what the kinds above do not cover (file uploads) */
  render?: (props: { id: string; value: unknown; values: V; set: (value: unknown) => void; invalid: boolean; label: string }) => ReactNode
}

export type FieldErrors = Record<string, string>

const isEmpty = (v: unknown) => v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0)

/** The form's own check: required fields, then each field's rule. Messages are `<label>：<problem>`. */
export function checkFields<V extends FormValues>(fields: FieldSpec<V>[], values: V): FieldErrors {
  const errors: FieldErrors = {}
  for (const field of fields) {
    if (field.when && !field.when(values)) continue
    const value = values[field.name]
    if (isEmpty(value)) {
      const problem = field.required ? "必填" : field.checkWhenEmpty ? field.check?.(value ?? "", values) : undefined
      if (problem) errors[field.name] = `${field.label}：${problem}`
      continue
    }
    if (field.kind === "number" && !Number.isFinite(Number(value))) {
      errors[field.name] = `${field.label}：请填写数字`
      continue
    }
    const problem = field.check?.(value, values)
    if (problem) errors[field.name] = `${field.label}：${problem}`
  }
  return errors
}

/** Medusa's wording of zod failures, in Chinese. */
const SERVER_PHRASES: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^(\S+) is already registered to (.+) \(([\w]+)\)$/, (m) => `${m[1]} 已登记给「${m[2]}」，不能重复登记`],
  [/^Field '[\w.]+' is required$/, () => "必填"],
  [/too small, expected at least: '(.+)'$/, (m) => `不能小于 ${m[1]}（或少于 ${m[1]} 个字）`],
  [/too big, expected at most: '(.+)'$/, (m) => `不能大于 ${m[1]}（或多于 ${m[1]} 个字）`],
  [/^Expected type: '(.+)' for field/, (m) => `格式不对（应为 ${m[1]}）`],
  [/^Expected: '(.+)' for field/, (m) => `只能是 ${m[1]} 之一`],
]

/**
 * Splits an API 400 into messages per field: `credit_code: …` (our workflows and
 * input rules), `Field 'x' is required` / `… for field 'x' …` (Medusa's validators).
 * Messages about a field the form does not show go to `_form`.
 */
export function serverFieldErrors<V extends FormValues>(error: unknown, fields: FieldSpec<V>[]): FieldErrors {
  const raw = error instanceof Error ? error.message : typeof error === "string" ? error : "保存失败"
  const errors: FieldErrors = {}
  const parts = raw.replace(/^Invalid request: /, "").split(/; (?=[\w]|Field|Value|Expected)/)
  for (const part of parts) {
    const named = /^([a-z_][a-z0-9_]*)(?:\.[\w.]+)?: (.+)$/s.exec(part)
    const quoted = /[Ff]ield '([a-z_][a-z0-9_]*)/.exec(part)
    const name = named?.[1] ?? quoted?.[1]
    const field = fields.find((f) => f.name === name)
    if (!field) {
      errors._form = errors._form ? `${errors._form}；${part}` : part
      continue
    }
    const text = named ? named[2]! : part
    const phrase = SERVER_PHRASES.map(([re, zh]) => [re.exec(text), zh] as const).find(([m]) => m)
    const message = phrase ? phrase[1](phrase[0]!) : text
    errors[field.name] = `${field.label}：${message}（服务器校验）`
  }
  return errors
}

const optionsOf = <V extends FormValues>(field: FieldSpec<V>, values: V) =>
  typeof field.options === "function" ? field.options(values) : (field.options ?? [])

/** A labelled select of [value, label] options, as the forms use it (also inside custom controls). */
export function ChoiceSelect({
  id,
  label,
  value,
  set,
  invalid,
  options,
  placeholder = "请选择",
}: {
  id: string
  label: string
  value: unknown
  set: (value: unknown) => void
  invalid: boolean
  options: Array<[string, string]>
  placeholder?: string
}) {
  return (
    <Select value={value ? String(value) : undefined} onValueChange={set}>
      <Select.Trigger id={id} aria-label={label} aria-invalid={invalid} aria-describedby={invalid ? `${id}-error` : undefined}>
        <Select.Value placeholder={placeholder} />
      </Select.Trigger>
      <Select.Content>
        {options.map(([v, text]) => (
          <Select.Item key={v} value={v}>
            {text}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

function Control<V extends FormValues>({
  field,
  values,
  set,
  invalid,
}: {
  field: FieldSpec<V>
  values: V
  set: (value: unknown) => void
  invalid: boolean
}) {
  const id = `field-${field.name}`
  const value = values[field.name]
  const common = { id, "aria-invalid": invalid, "aria-describedby": invalid ? `${id}-error` : undefined }
  if (field.render) return <>{field.render({ id, value, values, set, invalid, label: field.label })}</>
  switch (field.kind) {
    case "textarea":
      return <Textarea {...common} value={String(value ?? "")} placeholder={field.placeholder} onChange={(e) => set(e.target.value)} />
    case "select":
      return (
        <ChoiceSelect id={id} label={field.label} value={value} set={set} invalid={invalid} options={optionsOf(field, values)} placeholder={field.placeholder} />
      )
    case "checkbox":
      return <Checkbox {...common} checked={!!value} onCheckedChange={(checked) => set(checked === true)} />
    case "multi": {
      const chosen = Array.isArray(value) ? (value as string[]) : []
      return (
        <div id={id} role="group" aria-label={field.label} aria-invalid={invalid} className="flex flex-wrap gap-x-4 gap-y-2">
          {optionsOf(field, values).map(([v, label]) => (
            <label key={v} className="flex items-center gap-x-2 text-sm">
              <Checkbox
                checked={chosen.includes(v)}
                onCheckedChange={(checked) => set(checked === true ? [...chosen, v] : chosen.filter((c) => c !== v))}
              />
              {label}
            </label>
          ))}
        </div>
      )
    }
    default:
      return (
        <Input
          {...common}
          type={field.kind === "number" ? "number" : field.kind === "date" ? "date" : "text"}
          value={value === undefined || value === null ? "" : String(value)}
          placeholder={field.placeholder}
          onChange={(e) => set(e.target.value)}
        />
      )
  }
}

/** Turns the form's strings into what the API takes: numbers, nulls for cleared optional fields. */
export function toBody<V extends FormValues>(fields: FieldSpec<V>[], values: V, { forUpdate = false } = {}): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const field of fields) {
    if (field.when && !field.when(values)) continue
    const value = values[field.name]
    if (isEmpty(value)) {
      if (field.kind === "multi") body[field.name] = []
      else if (forUpdate && !field.required) body[field.name] = null
      continue
    }
    body[field.name] = field.kind === "number" ? Number(value) : typeof value === "string" ? value.trim() : value
  }
  return body
}

export function EntityFormDrawer<V extends FormValues>({
  title,
  description,
  open,
  onOpenChange,
  fields,
  initial,
  submit,
  onSaved,
  submitLabel = "保存",
}: {
  title: string
  description?: string
  open: boolean
  onOpenChange: (open: boolean) => void
  fields: FieldSpec<V>[]
  initial: V
  /** sends the values; a rejected promise carries the API's error */
  submit: (values: V) => Promise<unknown>
  onSaved?: (result: unknown) => void
  submitLabel?: string
}) {
  const [values, setValues] = useState<V>(initial)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)
  // reset to the record's values each time the drawer opens (not while typing)
  const [openedWith, setOpenedWith] = useState(open)
  if (open !== openedWith) {
    setOpenedWith(open)
    if (open) {
      setValues(initial)
      setErrors({})
    }
  }

  const set = (name: string) => (value: unknown) => {
    setValues((v) => ({ ...v, [name]: value }))
    setErrors(({ [name]: _, _form: __, ...rest }) => rest)
  }
  const save = async () => {
    const found = checkFields(fields, values)
    setErrors(found)
    if (Object.keys(found).length) return
    setSaving(true)
    try {
      const result = await submit(values)
      onOpenChange(false)
      onSaved?.(result)
    } catch (e) {
      setErrors(serverFieldErrors(e, fields))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content aria-describedby={undefined}>
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
          {description ? <Text size="small" className="text-ui-fg-subtle">{description}</Text> : null}
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <form
            id="entity-form"
            noValidate
            className="flex flex-col gap-y-4"
            onSubmit={(e) => {
              e.preventDefault()
              void save()
            }}
          >
            {fields
              .filter((f) => !f.when || f.when(values))
              .map((field) => {
                const error = errors[field.name]
                return (
                  <div key={field.name} className="flex flex-col gap-y-1">
                    <Label htmlFor={`field-${field.name}`} size="small" weight="plus">
                      {field.label}
                      {field.required ? <span className="text-ui-fg-error"> *</span> : null}
                    </Label>
                    <Control field={field} values={values} set={set(field.name)} invalid={!!error} />
                    {error ? (
                      <Hint id={`field-${field.name}-error`} variant="error" role="alert">
                        {error}
                      </Hint>
                    ) : field.hint ? (
                      <Hint>{field.hint}</Hint>
                    ) : null}
                  </div>
                )
              })}
          </form>
          {errors._form ? (
            <Text size="small" role="alert" className="text-ui-fg-error">
              保存失败：{errors._form}
            </Text>
          ) : null}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              取消
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" form="entity-form" isLoading={saving}>
            {submitLabel}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
