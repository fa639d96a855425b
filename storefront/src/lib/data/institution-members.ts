import "server-only"

import type {
  InstitutionInviteDTO,
  PortalMemberDTO,
  StoreInstitutionInvitesResponse,
  StoreInstitutionMembersResponse,
  StoreInviteLookupResponse,
} from "@fupin/shared"
import { authHeaders } from "./cookies"
import { errorMessage, errorStatus } from "./errors"
import { getSdk } from "./medusa"

/**
 * Onboarding reads: what an activation / invitation link opens, and the
 * institution admin's members and open invitations. Personal, so `no-store`
 * and always with the shopper's token.
 */

export type Failure = { status: number | null; message: string }

/** The invitation a token opens, or why it cannot be used (the backend's message, zh / en). */
export async function lookupInvite(token: string, fallback: string): Promise<{ invite: StoreInviteLookupResponse["invite"] } | { failure: Failure }> {
  try {
    const { invite } = await getSdk().client.fetch<StoreInviteLookupResponse>("/store/institution-invites/lookup", {
      method: "POST",
      body: { token },
      cache: "no-store",
    })
    return { invite }
  } catch (error) {
    return { failure: { status: errorStatus(error), message: errorMessage(error, fallback).replace(/^token:\s*/, "") } }
  }
}

/** The caller's institution's members and open invitations; 403 when the caller is not its admin. */
export async function getMembersPage(
  fallback: string
): Promise<{ members: PortalMemberDTO[]; invites: InstitutionInviteDTO[] } | { failure: Failure }> {
  try {
    const headers = await authHeaders()
    const [{ members }, { invites }] = await Promise.all([
      getSdk().client.fetch<StoreInstitutionMembersResponse>("/store/institution/members", { headers, cache: "no-store" }),
      getSdk().client.fetch<StoreInstitutionInvitesResponse>("/store/institution/invites", { headers, cache: "no-store" }),
    ])
    return { members, invites }
  } catch (error) {
    return { failure: { status: errorStatus(error), message: errorMessage(error, fallback) } }
  }
}
