import { createHash, randomBytes } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { INVITE_PAGES, INVITE_TTL_HOURS, type InviteKind, MEMBER_ROLE_LABELS, type MemberRole } from "@fupin/shared"
import { readEnv } from "../../config/env"

/**
 * Tokens of activation links and invitations: 32 random bytes in the link,
 * only their SHA-256 in the database, so a copy of the database opens no door.
 */

const DEV_STOREFRONT = "http://localhost:8000"
export const INVITE_TEMPLATES: Record<InviteKind, string> = { activation: "institution-activation", invite: "institution-invite" }

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex")
}

export function newInviteToken(now = new Date()): { token: string; token_hash: string; expires_at: Date } {
  const token = randomBytes(32).toString("base64url")
  return { token, token_hash: hashInviteToken(token), expires_at: new Date(now.getTime() + INVITE_TTL_HOURS * 3600_000) }
}

/** The storefront page that opens the link, in the invitee's language (zh unless told en). */
export function inviteUrl(kind: InviteKind, token: string, locale: "zh" | "en" = "zh"): string {
  const env = readEnv(process.env, { needsDatabase: false })
  return `${env.storefrontUrl ?? DEV_STOREFRONT}/${locale}/${INVITE_PAGES[kind]}?${new URLSearchParams({ token })}`
}

/**
 * E-mails the link through Medusa's notification module (the local provider
 * logs it). A failed send is logged, not thrown: the operator / admin has the
 * link on screen to copy and pass on.
 */
export async function sendInviteNotification(
  container: MedusaContainer,
  invite: { id: string; kind: InviteKind; email: string; roles: string[] },
  institutionName: string,
  url: string
): Promise<void> {
  const roles = (invite.roles as MemberRole[]).map((r) => MEMBER_ROLE_LABELS[r] ?? { zh: r, en: r })
  const zhRoles = roles.map((r) => r.zh).join("、")
  const enRoles = roles.map((r) => r.en).join(", ")
  const subject =
    invite.kind === "activation"
      ? `激活${institutionName}的采购账户 / Activate ${institutionName}'s purchasing account`
      : `${institutionName}邀请您加入 / ${institutionName} invites you`
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: invite.email,
      channel: "email",
      template: INVITE_TEMPLATES[invite.kind],
      data: {
        subject,
        url,
        institution: institutionName,
        roles: invite.roles,
        text:
          `${institutionName}：您被设为${zhRoles}。请在 ${INVITE_TTL_HOURS} 小时内打开链接设置密码（仅可使用一次）：${url}\n` +
          `${institutionName}: you are invited as ${enRoles}. Open the link within ${INVITE_TTL_HOURS} hours to set your password (it works once): ${url}`,
      },
      idempotency_key: `institution-invite:${invite.id}`,
    })
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`institution ${invite.kind} e-mail to ${invite.email} failed: ${String(error)}`)
  }
}
