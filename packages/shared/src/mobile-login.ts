/**
 * Mobile login (手机号登录): the 11-digit mobile is a login name, with a
 * one-time code sent by SMS (Medusa's notification module, channel "sms") or
 * a password the shopper set. Medusa's auth route /auth/customer/mobile takes
 * `{ mobile, code }` or `{ mobile, password }`; the first login with a code
 * registers the mobile.
 */

/** The auth provider's id: POST /auth/customer/mobile. */
export const MOBILE_AUTH_PROVIDER = "mobile"
export const MOBILE_CODE_LENGTH = 6
/** how long a code stays valid */
export const MOBILE_CODE_TTL_SECONDS = 300
/** the shortest wait before another code is sent to the same mobile */
export const MOBILE_CODE_RESEND_SECONDS = 60
/** wrong tries before a code is void and a new one must be asked for */
export const MOBILE_CODE_MAX_ATTEMPTS = 5

/** POST /store/auth/mobile-code */
export interface StoreMobileCodeRequest {
  mobile: string
}
export interface StoreMobileCodeResponse {
  /** the mobile as the code was sent to it (11 digits) */
  mobile: string
  expires_in_seconds: number
  resend_after_seconds: number
}
