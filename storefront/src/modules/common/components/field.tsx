import type { InputHTMLAttributes, ReactNode } from "react"

/**
 * A control's label above it and its hint and error below, tied to it by id (`describedBy`):
 * the one shape of every form field, the shop's and the portals'.
 */
export function Shell({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string
  label: string
  hint?: string | undefined
  error?: string | undefined
  className?: string | undefined
  children: ReactNode
}) {
  return (
    <div className={className}>
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

export function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined
}

/**
 * A labelled text input with its hint and error tied to it (aria-describedby), and
 * the typed value kept when a step fails (defaultValue from the action's state).
 */
export function Field({
  name,
  label,
  error,
  hint,
  className = "",
  ...input
}: {
  name: string
  label: string
  error?: string | undefined
  hint?: string
  className?: string
} & InputHTMLAttributes<HTMLInputElement>) {
  const id = input.id ?? `field-${name}`
  return (
    <Shell id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={
          "mt-1 block w-full rounded-lg border bg-white px-3 py-2.5 text-base text-earth-900 shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200 " +
          (error ? "border-brand-600" : "border-earth-200")
        }
        {...input}
      />
    </Shell>
  )
}

/** The form-level message: an alert for errors, a polite status for success. */
export function FormMessage({ error, success }: { error?: string | null; success?: string | null }) {
  if (error) {
    return (
      <p role="alert" className="rounded-lg bg-brand-50 px-3 py-2.5 text-sm font-medium text-brand-800 ring-1 ring-brand-200">
        {error}
      </p>
    )
  }
  if (success) {
    return (
      <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2.5 text-sm font-medium text-emerald-900 ring-1 ring-emerald-200">
        {success}
      </p>
    )
  }
  return null
}

export const buttonPrimary =
  "inline-flex items-center justify-center gap-2 rounded-full bg-brand-600 px-6 py-3 text-base font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-60"
export const buttonSecondary =
  "inline-flex items-center justify-center gap-2 rounded-full px-5 py-2.5 text-sm font-semibold text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50"
export const card = "rounded-2xl bg-white p-4 shadow-sm ring-1 ring-earth-100 sm:p-6"
