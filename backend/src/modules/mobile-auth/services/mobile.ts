import type { AuthenticationInput, AuthenticationResponse, AuthIdentityDTO, AuthIdentityProviderService, Logger } from "@medusajs/framework/types"
import { AbstractAuthModuleProvider, MedusaError } from "@medusajs/framework/utils"
import { MIN_PASSWORD_LENGTH, MOBILE_AUTH_PROVIDER, normaliseCnMobile } from "@fupin/shared"
import { checkMobileCode, hashPassword, passwordMatches, type StoredMobileCode } from "../code"

type Body = { mobile?: unknown; code?: unknown; password?: unknown }
type Metadata = { password?: string; code?: StoredMobileCode | null }

const WRONG = "手机号或验证码/密码不正确 / Wrong mobile number, code or password"
const EXPIRED = "验证码已失效，请重新获取 / The code has expired: ask for a new one"

/**
 * The mobile number as a login name (auth provider "mobile"): POST
 * /auth/customer/mobile with `{ mobile, code }` (the one-time code that
 * POST /store/auth/mobile-code sent by SMS) or `{ mobile, password }` (once
 * the shopper has set one, through the auth module's updateProvider). The
 * identity's entity_id is the 11-digit mobile; its provider metadata keeps the
 * password's scrypt hash and the live code's SHA-256, never either in clear.
 * A first login with a code returns a registration token (no customer yet),
 * which the storefront turns into a customer with POST /store/customers.
 */
export default class MobileAuthProviderService extends AbstractAuthModuleProvider {
  static identifier = MOBILE_AUTH_PROVIDER
  static DISPLAY_NAME = "手机号 / Mobile number"

  protected logger_: Logger

  constructor({ logger }: { logger: Logger }) {
    super()
    this.logger_ = logger
  }

  async authenticate(input: AuthenticationInput, identities: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    const { mobile: raw, code, password } = (input.body ?? {}) as Body
    const mobile = typeof raw === "string" ? normaliseCnMobile(raw) : null
    if (!mobile) return { success: false, error: "mobile: 手机号应为 11 位，以 13–19 开头 / a mobile number has 11 digits starting 13–19" }
    if (typeof code !== "string" && typeof password !== "string") {
      return { success: false, error: "code: 请填写验证码或密码 / enter the code or the password" }
    }
    let identity: AuthIdentityDTO
    try {
      identity = await identities.retrieve({ entity_id: mobile })
    } catch (error) {
      if ((error as MedusaError).type === MedusaError.Types.NOT_FOUND) return { success: false, error: WRONG }
      throw error
    }
    const metadata = (this.providerIdentity(identity)?.provider_metadata ?? {}) as Metadata

    if (typeof code === "string") {
      const verdict = checkMobileCode(metadata.code, mobile, code)
      if (verdict === "ok") {
        // a code works once
        await identities.update(mobile, { provider_metadata: { ...metadata, code: null } })
        return { success: true, authIdentity: this.withoutSecrets(identity) }
      }
      if (verdict === "wrong" && metadata.code) {
        await identities.update(mobile, { provider_metadata: { ...metadata, code: { ...metadata.code, attempts: metadata.code.attempts + 1 } } })
      }
      return { success: false, error: verdict === "expired" ? EXPIRED : WRONG }
    }

    const hash = metadata.password
    if (typeof password === "string" && typeof hash === "string" && (await passwordMatches(password, hash))) {
      return { success: true, authIdentity: this.withoutSecrets(identity) }
    }
    return { success: false, error: WRONG }
  }

  /** A mobile registers by logging in with a code (which proves the number): there is no separate sign-up. */
  async register(): Promise<AuthenticationResponse> {
    return { success: false, error: "code: 用手机号和验证码登录即可注册 / log in with the mobile and a code to register" }
  }

  /** Sets the password (`{ entity_id: mobile, password }`), from the shopper's account page. */
  async update(data: Record<string, unknown>, identities: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    const mobile = typeof data.entity_id === "string" ? normaliseCnMobile(data.entity_id) : null
    const password = data.password
    if (!mobile) return { success: false, error: "entity_id: 手机号不正确 / not a mobile number" }
    if (typeof password !== "string" || [...password].length < MIN_PASSWORD_LENGTH) {
      return { success: false, error: `password: 密码至少 ${MIN_PASSWORD_LENGTH} 位 / the password needs at least ${MIN_PASSWORD_LENGTH} characters` }
    }
    const identity = await identities.retrieve({ entity_id: mobile })
    const metadata = (this.providerIdentity(identity)?.provider_metadata ?? {}) as Metadata
    const hash = await hashPassword(password)
    const updated = await identities.update(mobile, { provider_metadata: { ...metadata, password: hash } })
    return { success: true, authIdentity: this.withoutSecrets(updated) }
  }

  private providerIdentity(identity: AuthIdentityDTO) {
    return identity.provider_identities?.find((p) => p.provider === MOBILE_AUTH_PROVIDER)
  }

  private withoutSecrets(identity: AuthIdentityDTO): AuthIdentityDTO {
    return {
      ...identity,
      provider_identities: identity.provider_identities?.map((p) => ({ ...p, provider_metadata: undefined })),
    }
  }
}
