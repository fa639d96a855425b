import "server-only"

import { forbidden, redirect } from "next/navigation"
import { cache } from "react"
import type { Locale, MemberRole, StoreInstitutionMeResponse } from "@fupin/shared"
import { getMembership } from "@/lib/data/institution"
import { localizedHref } from "@/lib/i18n/paths"

/** One /store/institution/me per request, however many layouts and pages ask. */
export const membership = cache(getMembership)

/**
 * The portal's door, called first by every portal page: an anonymous visitor goes to the
 * login with this page as the way back; a logged-in shopper who is no member gets the 403
 * page (institution/forbidden.tsx) saying what to do. The backend checks again on every call.
 */
export async function requireMember(locale: Locale, path: string): Promise<StoreInstitutionMeResponse> {
  const outcome = await membership()
  if (outcome.kind === "anonymous") {
    redirect(`${localizedHref(locale, "/account/login")}?next=${encodeURIComponent(localizedHref(locale, path))}`)
  }
  if (outcome.kind === "refused") forbidden()
  return { member: outcome.member, institution: outcome.institution }
}

export function hasRole(me: StoreInstitutionMeResponse, role: MemberRole): boolean {
  return me.member.roles.includes(role)
}
