import { useMemo, type ReactNode, type TextareaHTMLAttributes } from "react"
import { describedBy, Shell } from "@/modules/common/components/field"
import { controlClass } from "@/modules/common/components/select-field"

// the select and the shell moved to the shop's common components, for the address forms' region picker
export { controlClass, SelectField } from "@/modules/common/components/select-field"

export function TextareaField({
  name,
  label,
  hint,
  error,
  ...area
}: { name: string; label: string; hint?: string; error?: string | undefined } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = `field-${name}`
  return (
    <Shell id={id} label={label} hint={hint} error={error}>
      <textarea id={id} name={name} rows={4} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={controlClass(error)} {...area} />
    </Shell>
  )
}

/** Several checkboxes under one legend, e.g. the ways households are linked. */
export function CheckboxGroup({
  name,
  legend,
  options,
  checked,
  error,
}: {
  name: string
  legend: string
  options: Array<{ value: string; label: string }>
  checked: readonly string[]
  error?: string | undefined
}) {
  const errorId = `field-${name}-error`
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-earth-800">{legend}</legend>
      <div className="mt-1 grid grid-cols-2 gap-2">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-12 items-center gap-2 rounded-lg border border-earth-200 bg-white px-3 text-base">
            <input type="checkbox" name={name} value={o.value} defaultChecked={checked.includes(o.value)} className="h-5 w-5 accent-brand-600" />
            {o.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-brand-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}

let rounds = 0

/**
 * A new number for each answer of a form's action. React resets a form after its action;
 * a select or radio keyed by this is mounted afresh with what was chosen as its default,
 * so the reset puts the choice back instead of the first option.
 */
export function useAnswerRound(state: object): number {
  return useMemo(() => ++rounds, [state])
}

/** A titled group of a few fields: one screenful on a phone. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-4 rounded-2xl bg-white p-4 ring-1 ring-earth-100 sm:p-6">
      <h2 className="text-lg font-bold text-earth-900">{title}</h2>
      {children}
    </section>
  )
}
