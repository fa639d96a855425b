import { countyByHandle, HTML_LANG, MEMBER_ROLE_LABELS, MEMBER_ROLES, type Locale, type MemberRole, KUNMING_TIME_ZONE } from "@fupin/shared"

/** "采购员、审批人" / "Purchaser, Approver", in the canonical role order (the shared role labels). */
export function roleNames(roles: readonly string[], locale: Locale): string {
  return MEMBER_ROLES.filter((r) => roles.includes(r))
    .map((r: MemberRole) => MEMBER_ROLE_LABELS[r][locale])
    .join(locale === "zh" ? "、" : ", ")
}

/** A county's name in the page's language from its handle; the backend's name when unknown. */
export function countyName(handle: string | null | undefined, fallback: string | null | undefined, locale: Locale): string {
  const county = handle ? countyByHandle(handle) : undefined
  if (county) return locale === "zh" ? county.name_zh : county.name_en
  return fallback ?? "—"
}

/** 0.4321 → "43.2%". */
export function formatPercent(ratio: number, locale: Locale): string {
  return new Intl.NumberFormat(HTML_LANG[locale], { style: "percent", maximumFractionDigits: 1 }).format(ratio)
}

export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return "—"
  return new Date(iso).toLocaleDateString(locale === "zh" ? "zh-CN" : "en-GB", { timeZone: KUNMING_TIME_ZONE })
}

/** A person's name the Chinese way (surname first), else the e-mail. */
export function personName(p: { first_name: string | null; last_name: string | null; email: string | null } | null | undefined): string {
  if (!p) return "—"
  return `${p.last_name ?? ""}${p.first_name ?? ""}`.trim() || p.email || "—"
}

/** The short name used in sentences: 寻甸 / Xundian. */
export function countyShort(handle: string | null | undefined, fallback: string | null | undefined, locale: Locale): string {
  const county = handle ? countyByHandle(handle) : undefined
  if (county) return locale === "zh" ? county.short_zh : county.name_en.split(" ")[0]!
  return fallback ?? "—"
}

