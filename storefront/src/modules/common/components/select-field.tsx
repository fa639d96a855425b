import type { ReactNode, Ref, SelectHTMLAttributes } from "react"

/**
 * A labelled select (and the shell the producer portal's textarea and checkbox group share), shaped like the shop's `Field`
 * (label above, hint and error tied to the control) with larger touch targets.
 */
export function Shell({ id, label, hint, error, children }: { id: string; label: string; hint?: string | undefined; error?: string | undefined; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-earth-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-earth-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-brand-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}

export function controlClass(error?: string) {
  return (
    "mt-1 block min-h-12 w-full rounded-lg border bg-white px-3 py-2.5 text-base text-earth-900 shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200 " +
    (error ? "border-brand-600" : "border-earth-200")
  )
}

export function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined
}

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

