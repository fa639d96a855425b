import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MOBILE_CODE_TTL_SECONDS, type StoreMobileCodeResponse } from "@fupin/shared"
import { sendMobileCode } from "../../../../lib/mobile-login/send-code"
import type { StoreRequestMobileCodeType } from "./validators"

/**
 * POST /store/auth/mobile-code — sends a one-time login code by SMS. Then
 * POST /auth/customer/mobile `{ mobile, code }` logs in (and, the first time,
 * registers the mobile). Any mobile gets a code: the answer says nothing about
 * whether it has an account.
 */
export async function POST(req: MedusaRequest<StoreRequestMobileCodeType>, res: MedusaResponse<StoreMobileCodeResponse>) {
  const { mobile } = req.validatedBody
  const { resendAfter } = await sendMobileCode(req.scope, mobile)
  res.status(201).json({ mobile, expires_in_seconds: MOBILE_CODE_TTL_SECONDS, resend_after_seconds: resendAfter })
}
