import type { Locale } from "@fupin/shared"
import { localizedHref } from "@/lib/i18n/paths"

/**
 * Where to go after logging in: only a path inside the shop (/zh/… or /en/…); anything
 * else (other sites, protocol-relative //evil.example, backslash tricks) goes to the account page.
 */
export function safeNextPath(value: string | null | undefined, locale: Locale): string {
  const next = value ?? ""
  return /^\/(zh|en)(\/[^/\\]|$)/.test(next) && !/[\\\s]/.test(next) ? next : localizedHref(locale, "/account")
}
