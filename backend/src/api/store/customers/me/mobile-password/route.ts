import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { MOBILE_AUTH_PROVIDER } from "@fupin/shared"
import type { StoreSetMobilePasswordType } from "./validators"

/**
 * POST /store/customers/me/mobile-password — a shopper who logged in with a
 * mobile code sets a password, so the next login can be 手机号 + 密码. The
 * mobile is the one of the login in use; an e-mail login has none to set.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreSetMobilePasswordType>, res: MedusaResponse<{ mobile: string }>) {
  const auth = req.scope.resolve(Modules.AUTH)
  const [identity] = await auth.listProviderIdentities(
    { auth_identity_id: req.auth_context.auth_identity_id, provider: MOBILE_AUTH_PROVIDER },
    { take: 1 }
  )
  if (!identity) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "mobile: 这个账号是用邮箱登录的，没有可设密码的手机号 / this login is by e-mail: it has no mobile to set a password for")
  }
  const result = await auth.updateProvider(MOBILE_AUTH_PROVIDER, { entity_id: identity.entity_id, password: req.validatedBody.password })
  if (!result.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, result.error ?? "password")
  res.json({ mobile: identity.entity_id })
}
