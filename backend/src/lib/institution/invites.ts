import type { InstitutionInviteDTO, InviteKind, InviteStatus, MemberRole } from "@fupin/shared"

type InviteRow = {
  id: string
  institution_id: string
  kind: InviteKind
  email: string
  name?: string | null
  roles?: string[] | null
  expires_at: Date | string
  accepted_at?: Date | string | null
  revoked_at?: Date | string | null
  created_at: Date | string
}

const iso = (d: Date | string) => new Date(d).toISOString()

export function inviteStatus(invite: Pick<InviteRow, "accepted_at" | "revoked_at" | "expires_at">, now = Date.now()): InviteStatus {
  if (invite.accepted_at) return "accepted"
  if (invite.revoked_at) return "revoked"
  return new Date(invite.expires_at).getTime() <= now ? "expired" : "pending"
}

/** What an invitation shows through the API: never its token hash. */
export function inviteDTO(invite: InviteRow): InstitutionInviteDTO {
  return {
    id: invite.id,
    institution_id: invite.institution_id,
    kind: invite.kind,
    email: invite.email,
    name: invite.name ?? null,
    roles: (invite.roles ?? []) as MemberRole[],
    status: inviteStatus(invite),
    expires_at: iso(invite.expires_at),
    accepted_at: invite.accepted_at ? iso(invite.accepted_at) : null,
    created_at: iso(invite.created_at),
  }
}
