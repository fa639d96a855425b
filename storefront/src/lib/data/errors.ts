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
