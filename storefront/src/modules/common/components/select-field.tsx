import type { ReactNode, Ref, SelectHTMLAttributes } from "react"
import { describedBy, Shell } from "./field"

/** The select's (and the producer portal's textarea's) box: the shop's input with a larger touch target. */
export function controlClass(error?: string) {
  return (
    "mt-1 block min-h-12 w-full rounded-lg border bg-white px-3 py-2.5 text-base text-earth-900 shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200 " +
    (error ? "border-brand-600" : "border-earth-200")
  )
}

/** A labelled select, shaped like the shop's `Field` (the same Shell). */
export function SelectField({
  name,
  label,
  hint,
  error,
  children,
  ...select
}: { name: string; label: string; hint?: string; error?: string | undefined; children: ReactNode; ref?: Ref<HTMLSelectElement> } & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = `field-${name}`
  return (
    <Shell id={id} label={label} hint={hint} error={error}>
      <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={controlClass(error)} {...select}>
        {children}
      </select>
    </Shell>
  )
}

