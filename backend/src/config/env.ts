/**
 * The backend's one reader of process.env. Everything the backend needs from the
 * environment is read and checked here, once, at start-up; a missing or unsafe
 * value stops the process with a message naming the variable to set.
 */

export interface BackendEnv {
  nodeEnv: string
  isProduction: boolean
  databaseUrl: string
  redisUrl?: string
  workerMode: "server" | "worker" | "shared"
  jwtSecret: string
  cookieSecret: string
  storeCors: string
  adminCors: string
  authCors: string
  backendUrl: string
  adminDisabled: boolean
  /** Secure session cookies; only plain-http local runs (`npm start`) turn this off. */
  cookieSecure: boolean
  stripe?: { apiKey: string; webhookSecret?: string; apiBase?: StripeApiBase }
  /** the storefront's public URL: password-reset links and cache revalidation */
  storefrontUrl?: string
  /** shared secret of the storefront's /api/revalidate route */
  revalidateSecret?: string
  meilisearch?: { host: string; apiKey?: string }
}

/** Where the Stripe SDK sends API calls when not api.stripe.com (a local stand-in in tests). */
export interface StripeApiBase {
  host: string
  port: number
  protocol: "http" | "https"
}

function stripeApiBaseFrom(value: string | undefined): StripeApiBase | undefined {
  if (!value?.trim()) return undefined
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw new EnvError("STRIPE_API_BASE", `must be a URL like http://127.0.0.1:12111, got "${value}"`)
  }
  const protocol = url.protocol.replace(":", "")
  if (protocol !== "http" && protocol !== "https") throw new EnvError("STRIPE_API_BASE", "must start with http:// or https://")
  return { host: url.hostname, port: Number(url.port || (protocol === "https" ? 443 : 80)), protocol }
}

/** Secrets that are fine on a developer's laptop and fatal anywhere else. */
export const DEV_SECRET = "fupin-dev-secret-not-for-production"

const WORKER_MODES = ["server", "worker", "shared"] as const

export class EnvError extends Error {
  constructor(
    readonly variable: string,
    message: string
  ) {
    super(`${variable}: ${message}`)
    this.name = "EnvError"
  }
}

function databaseUrlFrom(vars: NodeJS.ProcessEnv): string | undefined {
  if (vars.DATABASE_URL) return vars.DATABASE_URL
  // Medusa's test runner and the start script describe the database in parts.
  if (vars.DB_HOST) {
    const user = encodeURIComponent(vars.DB_USERNAME ?? "postgres")
    const password = vars.DB_PASSWORD ? `:${encodeURIComponent(vars.DB_PASSWORD)}` : ""
    const port = vars.DB_PORT ?? "5432"
    const name = vars.DB_TEMP_NAME ?? vars.DB_NAME ?? "fupin"
    return `postgres://${user}${password}@${vars.DB_HOST}:${port}/${name}`
  }
  return undefined
}

export interface ReadEnvOptions {
  /** `medusa build` compiles without a database; every other command needs one. */
  needsDatabase?: boolean
}

export function readEnv(vars: NodeJS.ProcessEnv = process.env, { needsDatabase = true }: ReadEnvOptions = {}): BackendEnv {
  const nodeEnv = vars.NODE_ENV ?? "development"
  const isProduction = nodeEnv === "production"

  const databaseUrl = databaseUrlFrom(vars) ?? ""
  if (!databaseUrl && needsDatabase) {
    throw new EnvError(
      "DATABASE_URL",
      "not set. Use `npm start` from the repository root (it starts an embedded PostgreSQL), or set DATABASE_URL=postgres://user:password@host:5432/fupin"
    )
  }

  const workerMode = (vars.MEDUSA_WORKER_MODE ?? "shared") as BackendEnv["workerMode"]
  if (!WORKER_MODES.includes(workerMode)) {
    throw new EnvError("MEDUSA_WORKER_MODE", `must be one of ${WORKER_MODES.join(", ")}, got "${workerMode}"`)
  }

  const secret = (name: "JWT_SECRET" | "COOKIE_SECRET"): string => {
    const value = vars[name]
    if (isProduction && (!value || value === DEV_SECRET || value === "supersecret" || value.length < 32)) {
      throw new EnvError(name, "production needs a random secret of at least 32 characters (for example `openssl rand -hex 32`)")
    }
    return value || DEV_SECRET
  }

  const cors = (name: "STORE_CORS" | "ADMIN_CORS" | "AUTH_CORS", fallback: string): string => {
    const value = vars[name] ?? (isProduction ? undefined : fallback)
    if (value === undefined) {
      throw new EnvError(name, "production needs the exact origins allowed to call the API, comma-separated")
    }
    if (isProduction && value.split(",").some((o) => o.trim() === "*")) {
      throw new EnvError(name, "`*` is refused in production: list the storefront/admin origins")
    }
    return value
  }

  const storefrontOrigins = "http://localhost:8000,http://127.0.0.1:8000"
  const adminOrigins = "http://localhost:9000,http://127.0.0.1:9000,http://localhost:5173"

  const stripeApiKey = vars.STRIPE_API_KEY?.trim()
  const meiliHost = vars.MEILISEARCH_HOST?.trim()

  return {
    nodeEnv,
    isProduction,
    databaseUrl,
    redisUrl: vars.REDIS_URL?.trim() || undefined,
    workerMode,
    jwtSecret: secret("JWT_SECRET"),
    cookieSecret: secret("COOKIE_SECRET"),
    storeCors: cors("STORE_CORS", storefrontOrigins),
    adminCors: cors("ADMIN_CORS", adminOrigins),
    authCors: cors("AUTH_CORS", `${storefrontOrigins},${adminOrigins}`),
    backendUrl: vars.MEDUSA_BACKEND_URL ?? "http://localhost:9000",
    adminDisabled: vars.MEDUSA_ADMIN_DISABLED === "true",
    cookieSecure: vars.COOKIE_SECURE ? vars.COOKIE_SECURE !== "false" : isProduction,
    stripe: stripeApiKey
      ? {
          apiKey: stripeApiKey,
          webhookSecret: vars.STRIPE_WEBHOOK_SECRET || undefined,
          apiBase: stripeApiBaseFrom(vars.STRIPE_API_BASE),
        }
      : undefined,
    storefrontUrl: vars.STOREFRONT_URL?.trim().replace(/\/+$/, "") || undefined,
    revalidateSecret: vars.REVALIDATE_SECRET || undefined,
    meilisearch: meiliHost ? { host: meiliHost, apiKey: vars.MEILISEARCH_API_KEY || undefined } : undefined,
  }
}
