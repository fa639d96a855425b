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
  return localHalf(message, locale).replace(/^[a-z_.0-9]+:\s*/, "")
}
