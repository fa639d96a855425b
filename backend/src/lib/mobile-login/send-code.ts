import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { MOBILE_AUTH_PROVIDER, MOBILE_CODE_RESEND_SECONDS, MOBILE_CODE_TTL_SECONDS } from "@fupin/shared"
import { hashMobileCode, newMobileCode, type StoredMobileCode } from "../../modules/mobile-auth/code"

export const MOBILE_CODE_TEMPLATE = "mobile-code"

/**
 * Sends a one-time login code to a mobile (11 digits, normalised) by SMS
 * through the notification module, and keeps its hash on the mobile's
 * identity of the "mobile" auth provider, creating that identity on a first
 * request (it has no customer until the first login). A new code replaces the
 * old one, but not sooner than MOBILE_CODE_RESEND_SECONDS after it.
 */
export async function sendMobileCode(container: MedusaContainer, mobile: string, now = Date.now()): Promise<{ resendAfter: number }> {
  const auth = container.resolve(Modules.AUTH)
  const [existing] = await auth.listProviderIdentities({ provider: MOBILE_AUTH_PROVIDER, entity_id: mobile }, { take: 1 })
  const metadata = (existing?.provider_metadata ?? {}) as { code?: StoredMobileCode | null }
  const waited = metadata.code ? Math.floor((now - metadata.code.sent_at) / 1000) : Infinity
  if (waited < MOBILE_CODE_RESEND_SECONDS) {
    const wait = MOBILE_CODE_RESEND_SECONDS - waited
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `mobile: 验证码已发送，请 ${wait} 秒后再获取 / a code was just sent: ask again in ${wait} seconds`)
  }
  const code = newMobileCode()
  const stored: StoredMobileCode = { hash: hashMobileCode(mobile, code), sent_at: now, expires_at: now + MOBILE_CODE_TTL_SECONDS * 1000, attempts: 0 }
  if (existing) {
    await auth.updateProviderIdentities([{ id: existing.id, provider_metadata: { ...metadata, code: stored } }])
  } else {
    await auth.createAuthIdentities([{ provider_identities: [{ provider: MOBILE_AUTH_PROVIDER, entity_id: mobile, provider_metadata: { code: stored } }] }])
  }
  const minutes = MOBILE_CODE_TTL_SECONDS / 60
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: mobile,
    channel: "sms",
    template: MOBILE_CODE_TEMPLATE,
    data: { code, text: `【昆明消费扶贫】您的登录验证码是 ${code}，${minutes} 分钟内有效。请勿告诉他人。` },
  })
  return { resendAfter: MOBILE_CODE_RESEND_SECONDS }
}
