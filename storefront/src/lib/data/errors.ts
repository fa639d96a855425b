import type { Locale } from "@fupin/shared"

/** The message of a failed backend call, for showing to the shopper (backend messages are written for people). */
export function errorMessage(error: unknown, fallback: string): string {
  if (error && typeof error === "object" && "message" in error) {
    const message = (error as { message?: unknown }).message
    if (typeof message === "string" && message.trim() && !/^fetch failed$/i.test(message.trim())) return message.trim()
  }
  return fallback
}

export function errorStatus(error: unknown): number | null {
  const status = error && typeof error === "object" ? (error as { status?: unknown }).status : undefined
  return typeof status === "number" ? status : null
}

/**
 * The backend writes problem sentences as "中文 / English"; show the page's half
 * (the whole sentence when it is not in that form).
 */
export function localHalf(message: string, locale: Locale): string {
  const parts = message.split(" / ")
  if (parts.length !== 2) return message
  return (locale === "zh" ? parts[0] : parts[1])!.trim()
}

/** The page's half without the field the backend names first ("order: …"), for a form-level message. */
export function localHalfWithoutField(message: string, locale: Locale): string {
  return localHalf(message, locale).replace(/^[a-z_.0-9[\]]+:\s*/, "")
}

/** The state a form action returns: a message above the form, messages beside fields, what was typed. */
export interface FieldFormState<F extends string, V> {
  error: string | null
  fields: Partial<Record<F, string>>
  values: V
}

/** Which of a form's fields a backend message names: "photos: …" (ours) or "… field 'text' …" (Medusa's validator). */
export function fieldNamed<F extends string>(message: string, fields: readonly F[]): F | null {
  return fields.find((f) => new RegExp(`^${f}\\b`).test(message)) ?? fields.find((f) => message.includes(`field '${f}`)) ?? null
}

/**
 * A refused submit as the form's state, keeping what was typed: a 400 that
 * names one of the form's fields goes beside that field, any other 400 above
 * the form (the page's half of the sentence), anything else as it came.
 */
export function formStateFromError<F extends string, V>(
  error: unknown,
  { fields, locale, values, fallback }: { fields: readonly F[]; locale: Locale; values: V; fallback: string }
): FieldFormState<F, V> {
  const message = errorMessage(error, fallback)
  if (errorStatus(error) !== 400) return { error: message, fields: {}, values }
  const field = fieldNamed(message, fields)
  const shown = localHalfWithoutField(message, locale)
  if (!field) return { error: shown, fields: {}, values }
  const beside: Partial<Record<F, string>> = {}
  beside[field] = shown
  return { error: null, fields: beside, values }
}
