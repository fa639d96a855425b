import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPLIER_ACTOR_TYPE } from "@fupin/shared"
import { SUPPLIER_MODULE } from "../../../modules/supplier"
import type SupplierModuleService from "../../../modules/supplier/service"

/**
 * The e-mail of a `supplier` login that has no member yet (its registration
 * token), for joining: applying or accepting an invitation. 400 when the login
 * already belongs to a member, or the e-mail to another member.
 */
export const resolveNewcomerStep = createStep(
  "resolve-supplier-newcomer",
  async (input: { auth_identity_id: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id, { relations: ["provider_identities"] }).catch(() => null)
    if (!identity) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
    if ((identity.app_metadata as Record<string, unknown> | null)?.[`${SUPPLIER_ACTOR_TYPE}_id`]) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "auth: 该账号已是供应商成员 / this login already belongs to a supplier member")
    }
    const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id?.trim().toLowerCase()
    if (!email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "auth: 请用邮箱和密码注册 / register with an e-mail and password first")
    const [taken] = await container.resolve<SupplierModuleService>(SUPPLIER_MODULE).listSupplierMembers({ email }, { take: 1 })
    if (taken) throw new MedusaError(MedusaError.Types.INVALID_DATA, "email: 该邮箱已是供应商成员 / this e-mail already belongs to a supplier member")
    return new StepResponse({ email, auth_identity_id: identity.id })
  }
)
