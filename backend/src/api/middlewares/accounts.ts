import { MIN_PASSWORD_LENGTH, MOBILE_AUTH_PROVIDER } from "@fupin/shared"
import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, generateEntityId, generateJwtToken, MedusaError, Modules } from "@medusajs/framework/utils"
import { StoreCreateCustomer } from "@medusajs/medusa/api/store/customers/validators"
import { readEnv } from "../../config/env"
import { createMobileCustomerWorkflow } from "../../workflows/accounts/create-mobile-customer"
import { StoreRequestMobileCode } from "../store/auth/mobile-code/validators"
import { StoreSetMobilePassword } from "../store/customers/me/mobile-password/validators"

/**
 * Passwords and registration for e-mail + password accounts (Medusa's emailpass provider).
 *
 * - A password shorter than MIN_PASSWORD_LENGTH is refused at registration and reset.
 * - Registering an e-mail that already has an account answers exactly as a new
 *   registration does (a token, then a customer), and e-mails the owner instead; see
 *   docs/adr/0005-logins-registration-and-security-headers.md for why and what remains.
 */

export const ACCOUNT_EXISTS_TEMPLATE = "account-exists"
const PROVIDER = "emailpass"
const DEV_STOREFRONT = "http://localhost:8000"

type Body = { email?: unknown; password?: unknown; identifier?: unknown }

function body(req: MedusaRequest): Body {
  return (req.body ?? {}) as Body
}

/** E-mails are one account whatever their case or surrounding spaces (login, register, reset). */
export function normaliseEmailInBody(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const b = body(req)
  if (typeof b.email === "string") b.email = b.email.trim().toLowerCase()
  if (typeof b.identifier === "string") b.identifier = b.identifier.trim().toLowerCase()
  next()
}

export function requireStrongPassword(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { password } = body(req)
  if (typeof password !== "string" || [...password].length < MIN_PASSWORD_LENGTH) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `password: 密码至少 ${MIN_PASSWORD_LENGTH} 位 / the password needs at least ${MIN_PASSWORD_LENGTH} characters`
    )
  }
  next()
}

/** A registration token shaped like Medusa's for a new identity, for an identity that does not exist. */
async function decoyRegistrationToken(req: MedusaRequest, actorType: string): Promise<string> {
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  return generateJwtToken(
    {
      actor_id: "",
      actor_type: actorType,
      auth_identity_id: generateEntityId(undefined, "authid"),
      auth_provider: PROVIDER,
      mfa_enabled: false,
      mfa_challenge_completed_at: null,
      app_metadata: {},
      user_metadata: {},
    },
    { secret: http.jwtSecret, expiresIn: http.jwtExpiresIn, jwtOptions: http.jwtOptions }
  )
}

async function noticeOwner(req: MedusaRequest, email: string) {
  const env = readEnv(process.env, { needsDatabase: false })
  const storefront = env.storefrontUrl ?? DEV_STOREFRONT
  const login = `${storefront}/zh/account/login`
  const reset = `${storefront}/zh/account/forgot-password`
  await req.scope.resolve(Modules.NOTIFICATION).createNotifications({
    to: email,
    channel: "email",
    template: ACCOUNT_EXISTS_TEMPLATE,
    data: {
      subject: "有人尝试用您的邮箱注册 / Someone tried to register with your e-mail",
      login_url: login,
      reset_url: reset,
      text:
        `有人刚刚尝试用这个邮箱注册新账户。您已有账户：请登录 ${login}；忘记密码可在 ${reset} 重置。如非本人操作，请忽略本邮件。\n` +
        `Someone just tried to open a new account with this e-mail. You already have one: log in at ${login}, ` +
        `or reset your password at ${reset}. If this was not you, ignore this e-mail.`,
    },
  })
}

/**
 * POST /auth/customer/emailpass/register (customers only) for an e-mail that already has an identity:
 * Medusa would answer 401 "Identity with email already exists". Unless this is the
 * owner finishing a registration they began (no account yet, same password, which
 * Medusa resumes), the caller gets a registration token like any newcomer's and the
 * owner gets a notice. The password check also gives both paths the same hashing cost.
 */
export async function registerWithoutRevealingAccounts(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { email, password } = body(req)
  if (req.params.actor_type !== "customer" || typeof email !== "string" || typeof password !== "string") return next()
  const auth = req.scope.resolve(Modules.AUTH)
  const [existing] = await auth.listProviderIdentities({ entity_id: email, provider: PROVIDER }, { take: 1 })
  if (!existing) return next()

  const identity = await auth.retrieveAuthIdentity(existing.auth_identity_id!)
  const { success: passwordMatches } = await auth.authenticate(PROVIDER, { body: { email, password } })
  const unfinished = !identity.app_metadata || Object.keys(identity.app_metadata).length === 0
  if (unfinished && passwordMatches) return next()

  try {
    await noticeOwner(req, email)
  } catch (error) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`account-exists notice to ${email} failed: ${String(error)}`)
  }
  res.status(200).json({ token: await decoyRegistrationToken(req, "customer") })
}

/**
 * POST /store/customers with a registration token from the path above: the identity it
 * names does not exist. Answer as a created customer would (nothing is stored), so the
 * registration flow looks the same to the caller either way.
 */
export async function answerDecoyCustomer(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const identityId = req.auth_context?.auth_identity_id
  if (!identityId || req.auth_context.actor_id) return next()
  const [identity] = await req.scope.resolve(Modules.AUTH).listAuthIdentities({ id: [identityId] }, { take: 1 })
  if (identity) return next()

  const data = (req.validatedBody ?? {}) as Record<string, unknown>
  const now = new Date().toISOString()
  res.status(200).json({
    customer: {
      id: generateEntityId(undefined, "cus"),
      email: data.email ?? null,
      company_name: data.company_name ?? null,
      first_name: data.first_name ?? null,
      last_name: data.last_name ?? null,
      phone: data.phone ?? null,
      metadata: data.metadata ?? null,
      has_account: true,
      deleted_at: null,
      created_at: now,
      updated_at: now,
      addresses: [],
    },
  })
}

/**
 * POST /store/customers with the registration token of a first mobile-code login and no e-mail:
 * the customer is made from the mobile the code proved (src/workflows/accounts/create-mobile-customer.ts),
 * whatever phone the body names. With an e-mail, Medusa's own account workflow runs as usual.
 */
export async function createMobileCustomer(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const identityId = req.auth_context?.auth_identity_id
  const data = (req.validatedBody ?? {}) as { email?: string | null; first_name?: string | null; last_name?: string | null }
  if (!identityId || req.auth_context.actor_id || data.email) return next()
  const [mobile] = await req.scope.resolve(Modules.AUTH).listProviderIdentities({ auth_identity_id: identityId, provider: MOBILE_AUTH_PROVIDER }, { take: 1 })
  if (!mobile) return next()
  const { result } = await createMobileCustomerWorkflow(req.scope).run({
    input: { auth_identity_id: identityId, mobile: mobile.entity_id, first_name: data.first_name ?? null, last_name: data.last_name ?? null },
  })
  const { data: customers } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "customer",
    fields: ["id", "email", "phone", "first_name", "last_name", "company_name", "has_account", "metadata", "created_at", "updated_at", "deleted_at", "addresses.*"],
    filters: { id: result.id },
  })
  res.status(200).json({ customer: customers[0] })
}

export const accountMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/auth/mobile-code", middlewares: [validateAndTransformBody(StoreRequestMobileCode)] },
  {
    method: ["POST"],
    matcher: "/store/customers/me/mobile-password",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreSetMobilePassword)],
  },
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass", middlewares: [normaliseEmailInBody] },
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass/reset-password", middlewares: [normaliseEmailInBody] },
  {
    method: ["POST"],
    matcher: "/auth/:actor_type/emailpass/register",
    middlewares: [normaliseEmailInBody, requireStrongPassword, registerWithoutRevealingAccounts],
  },
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass/update", middlewares: [normaliseEmailInBody, requireStrongPassword] },
  {
    method: ["POST"],
    matcher: "/store/customers",
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnregistered: true }),
      validateAndTransformBody(StoreCreateCustomer),
      answerDecoyCustomer,
      createMobileCustomer,
    ],
  },
]
