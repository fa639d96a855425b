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
  /** attempts allowed per window on the routes attackers guess at (src/api/middlewares/rate-limit.ts) */
  rateLimits: RateLimits
  /** producer portal: a price more than this fraction above the market average is flagged (PRICE_CHECK_MARGIN, default 0.2) */
  priceCheckMargin: number
  /** 验收: days after shipping when a shipment nobody confirmed is accepted in full (RECEIPT_AUTO_ACCEPT_DAYS, default 7) */
  receiptAutoAcceptDays: number
  /** uploads and stored files (Medusa's file module): src/lib/files, medusa-config.ts */
  files: FilesEnv
  /** 对公转账: the platform's receiving account printed for institutions (BANK_TRANSFER_ACCOUNT_NAME, _BANK, _NUMBER) */
  bankAccount: { name: string; bank: string; account: string }
  /**
   * Texts (login codes): Alibaba Cloud SMS when ALIYUN_SMS_* are set (src/modules/aliyun-sms); otherwise
   * the local provider logs them, which production refuses unless it is the local demo (FUPIN_DEMO_SMS=1).
   */
  sms?: AliyunSmsEnv
}

export interface AliyunSmsEnv {
  accessKeyId: string
  accessKeySecret: string
  /** 短信签名 */
  signName: string
  /** the console's template code (SMS_…) for the login code; its variable is ${code} */
  loginCodeTemplate: string
  /** dysmsapi.aliyuncs.com unless told otherwise (ALIYUN_SMS_ENDPOINT, host or http(s)://host:port) */
  endpoint?: string
}

/** Demo receiving account (numbered, not a real one); production must set BANK_TRANSFER_* itself. */
export const DEMO_BANK_ACCOUNT = {
  name: "昆明消费扶贫平台（示例）",
  bank: "示例银行昆明分行营业部（示例01）",
  account: "6200 0000 0000 0000 001",
} as const

/**
 * Where Medusa's file module keeps files: the local provider (a folder served at
 * /static) unless every S3_* variable is set, then an S3-compatible store
 * (@medusajs/file-s3: AWS S3, MinIO, Aliyun OSS in S3 mode …).
 */
export interface FilesEnv {
  /** largest upload accepted anywhere: admin, producer and institution portals (FILE_UPLOAD_MAX_BYTES, default 10 MiB) */
  uploadMaxBytes: number
  /** local provider: the folder files are written to (FILE_LOCAL_DIR, default <cwd>/static) */
  localDir?: string
  /** local provider: the public URL of that folder (FILE_BACKEND_URL, default <backend URL>/static) */
  localUrl: string
  s3?: {
    fileUrl: string
    accessKeyId: string
    secretAccessKey: string
    region: string
    bucket: string
    endpoint?: string
    forcePathStyle: boolean
  }
}

/** `points` attempts per `duration` seconds; once spent, the caller waits `block` seconds. */
export interface RateLimitRule {
  points: number
  duration: number
  block: number
}

/** Each guarded group is counted per account (the e-mail in the body) and, more loosely, per client address. */
export interface RateLimits {
  login: { account: RateLimitRule; address: RateLimitRule }
  register: { account: RateLimitRule; address: RateLimitRule }
  passwordReset: { account: RateLimitRule; address: RateLimitRule }
  certificate: { address: RateLimitRule }
  upload: { account: RateLimitRule; address: RateLimitRule }
  bulk: { account: RateLimitRule; address: RateLimitRule }
}

/**
 * Defaults: five wrong passwords for one account within 5 minutes lock it for 15 minutes
 * (a successful login clears the count); an address gets more room because a school or
 * office shares one. Each is overridden by RATE_LIMIT_<NAME>="points/seconds[/block seconds]".
 */
export const RATE_LIMIT_DEFAULTS = {
  RATE_LIMIT_LOGIN_ACCOUNT: { points: 5, duration: 300, block: 900 },
  RATE_LIMIT_LOGIN_ADDRESS: { points: 100, duration: 300, block: 300 },
  RATE_LIMIT_REGISTER_ACCOUNT: { points: 5, duration: 3600, block: 3600 },
  RATE_LIMIT_REGISTER_ADDRESS: { points: 60, duration: 3600, block: 600 },
  RATE_LIMIT_PASSWORD_RESET_ACCOUNT: { points: 5, duration: 3600, block: 3600 },
  RATE_LIMIT_PASSWORD_RESET_ADDRESS: { points: 30, duration: 3600, block: 600 },
  RATE_LIMIT_CERTIFICATE_ADDRESS: { points: 120, duration: 60, block: 60 },
  RATE_LIMIT_UPLOAD_ACCOUNT: { points: 30, duration: 3600, block: 600 },
  RATE_LIMIT_UPLOAD_ADDRESS: { points: 60, duration: 3600, block: 600 },
  RATE_LIMIT_BULK_ACCOUNT: { points: 20, duration: 3600, block: 600 },
  RATE_LIMIT_BULK_ADDRESS: { points: 40, duration: 3600, block: 600 },
} satisfies Record<RateLimitVariable, RateLimitRule>

type RateLimitVariable = Parameters<typeof rateLimitRule>[1]

/** Every variable that overrides a rate limit, spelt out (the deployment contract test reads them). */
function rateLimitRule(
  vars: NodeJS.ProcessEnv,
  variable: "RATE_LIMIT_LOGIN_ACCOUNT" | "RATE_LIMIT_LOGIN_ADDRESS" | "RATE_LIMIT_REGISTER_ACCOUNT" | "RATE_LIMIT_REGISTER_ADDRESS"
    | "RATE_LIMIT_PASSWORD_RESET_ACCOUNT" | "RATE_LIMIT_PASSWORD_RESET_ADDRESS" | "RATE_LIMIT_CERTIFICATE_ADDRESS"
    | "RATE_LIMIT_UPLOAD_ACCOUNT" | "RATE_LIMIT_UPLOAD_ADDRESS" | "RATE_LIMIT_BULK_ACCOUNT" | "RATE_LIMIT_BULK_ADDRESS"
): RateLimitRule {
  const fallback = RATE_LIMIT_DEFAULTS[variable]
  const raw = vars[variable]?.trim()
  if (!raw) return fallback
  const parts = raw.split("/").map((p) => p.trim())
  const numbers = parts.map(Number)
  if (parts.length < 2 || parts.length > 3 || numbers.some((n) => !Number.isInteger(n) || n < 1 || n > 1_000_000)) {
    throw new EnvError(variable, `must be "attempts/seconds" or "attempts/seconds/block seconds" with whole numbers from 1, e.g. "5/300/900"; got "${raw}"`)
  }
  const [points, duration, block] = numbers as [number, number, number | undefined]
  return { points, duration, block: block ?? duration }
}

function rateLimitsFrom(vars: NodeJS.ProcessEnv): RateLimits {
  const rule = (variable: RateLimitVariable) => rateLimitRule(vars, variable)
  return {
    login: { account: rule("RATE_LIMIT_LOGIN_ACCOUNT"), address: rule("RATE_LIMIT_LOGIN_ADDRESS") },
    register: { account: rule("RATE_LIMIT_REGISTER_ACCOUNT"), address: rule("RATE_LIMIT_REGISTER_ADDRESS") },
    passwordReset: { account: rule("RATE_LIMIT_PASSWORD_RESET_ACCOUNT"), address: rule("RATE_LIMIT_PASSWORD_RESET_ADDRESS") },
    certificate: { address: rule("RATE_LIMIT_CERTIFICATE_ADDRESS") },
    upload: { account: rule("RATE_LIMIT_UPLOAD_ACCOUNT"), address: rule("RATE_LIMIT_UPLOAD_ADDRESS") },
    bulk: { account: rule("RATE_LIMIT_BULK_ACCOUNT"), address: rule("RATE_LIMIT_BULK_ADDRESS") },
  }
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

function filesFrom(vars: NodeJS.ProcessEnv, backendUrl: string): FilesEnv {
  const rawMax = vars.FILE_UPLOAD_MAX_BYTES?.trim()
  // FILE_UPLOAD_MAX_BYTES_DEFAULT in @fupin/shared (this file loads before anything is built)
  const uploadMaxBytes = rawMax ? Number(rawMax) : 10 * 1024 * 1024
  if (!Number.isInteger(uploadMaxBytes) || uploadMaxBytes < 1024 || uploadMaxBytes > 1024 * 1024 * 1024) {
    throw new EnvError("FILE_UPLOAD_MAX_BYTES", `must be a whole number of bytes from 1024 to 1073741824 (1 GB), got "${rawMax}"`)
  }
  const url = (name: string, value: string) => {
    try {
      const parsed = new URL(value)
      if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error()
    } catch {
      throw new EnvError(name, `must be an http(s) URL, got "${value}"`)
    }
    return value.replace(/\/+$/, "")
  }
  const localUrl = url("FILE_BACKEND_URL", vars.FILE_BACKEND_URL?.trim() || `${backendUrl.replace(/\/+$/, "")}/static`)
  // S3 storage needs all five; S3_ENDPOINT (MinIO, OSS …) and S3_FORCE_PATH_STYLE are optional
  const required = {
    S3_FILE_URL: vars.S3_FILE_URL?.trim(),
    S3_ACCESS_KEY_ID: vars.S3_ACCESS_KEY_ID?.trim(),
    S3_SECRET_ACCESS_KEY: vars.S3_SECRET_ACCESS_KEY?.trim(),
    S3_REGION: vars.S3_REGION?.trim(),
    S3_BUCKET: vars.S3_BUCKET?.trim(),
  }
  const endpoint = vars.S3_ENDPOINT?.trim()
  const missing = Object.entries(required).filter(([, v]) => !v).map(([k]) => k)
  if (missing.length === Object.keys(required).length && !endpoint) return { uploadMaxBytes, localDir: vars.FILE_LOCAL_DIR?.trim() || undefined, localUrl }
  if (missing.length) {
    throw new EnvError(missing[0]!, `S3 file storage needs ${Object.keys(required).join(", ")}; missing ${missing.join(", ")}`)
  }
  return {
    uploadMaxBytes,
    localUrl,
    s3: {
      fileUrl: url("S3_FILE_URL", required.S3_FILE_URL!),
      accessKeyId: required.S3_ACCESS_KEY_ID!,
      secretAccessKey: required.S3_SECRET_ACCESS_KEY!,
      region: required.S3_REGION!,
      bucket: required.S3_BUCKET!,
      endpoint: endpoint ? url("S3_ENDPOINT", endpoint) : undefined,
      // MinIO and most S3 stand-ins address buckets by path, not by sub-domain
      forcePathStyle: vars.S3_FORCE_PATH_STYLE ? vars.S3_FORCE_PATH_STYLE !== "false" : !!endpoint,
    },
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

  const backendUrl = vars.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
  const stripeApiKey = vars.STRIPE_API_KEY?.trim()
  const meiliHost = vars.MEILISEARCH_HOST?.trim()
  const demoBankAccountAllowed = !isProduction || vars.FUPIN_DEMO_BANK_ACCOUNT === "1"

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
    backendUrl,
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
    rateLimits: rateLimitsFrom(vars),
    priceCheckMargin: positiveNumber(vars, "PRICE_CHECK_MARGIN", 0.2),
    // DEFAULT_RECEIPT_AUTO_ACCEPT_DAYS in @fupin/shared
    receiptAutoAcceptDays: positiveNumber(vars, "RECEIPT_AUTO_ACCEPT_DAYS", 7),
    files: filesFrom(vars, backendUrl),
    bankAccount: {
      name: bankAccountPart(vars, "BANK_TRANSFER_ACCOUNT_NAME", DEMO_BANK_ACCOUNT.name, demoBankAccountAllowed),
      bank: bankAccountPart(vars, "BANK_TRANSFER_BANK", DEMO_BANK_ACCOUNT.bank, demoBankAccountAllowed),
      account: bankAccountPart(vars, "BANK_TRANSFER_ACCOUNT_NUMBER", DEMO_BANK_ACCOUNT.account, demoBankAccountAllowed),
    },
    sms: smsFrom(vars, isProduction),
  }
}

/** Alibaba Cloud SMS, all four parts or none; none in production only for the local demo (`npm start` sets FUPIN_DEMO_SMS=1). */
function smsFrom(vars: NodeJS.ProcessEnv, isProduction: boolean): AliyunSmsEnv | undefined {
  const accessKeyId = vars.ALIYUN_SMS_ACCESS_KEY_ID?.trim()
  if (!accessKeyId) {
    if (isProduction && vars.FUPIN_DEMO_SMS !== "1") {
      throw new EnvError(
        "ALIYUN_SMS_ACCESS_KEY_ID",
        "production needs an SMS provider for mobile login codes (阿里云短信服务): set ALIYUN_SMS_ACCESS_KEY_ID, ALIYUN_SMS_ACCESS_KEY_SECRET, ALIYUN_SMS_SIGN_NAME and ALIYUN_SMS_TEMPLATE_CODE"
      )
    }
    return undefined
  }
  const part = (name: "ALIYUN_SMS_ACCESS_KEY_SECRET" | "ALIYUN_SMS_SIGN_NAME" | "ALIYUN_SMS_TEMPLATE_CODE") => {
    const value = vars[name]?.trim()
    if (!value) throw new EnvError(name, "is needed with ALIYUN_SMS_ACCESS_KEY_ID (Alibaba Cloud SMS)")
    return value
  }
  return {
    accessKeyId,
    accessKeySecret: part("ALIYUN_SMS_ACCESS_KEY_SECRET"),
    signName: part("ALIYUN_SMS_SIGN_NAME"),
    loginCodeTemplate: part("ALIYUN_SMS_TEMPLATE_CODE"),
    endpoint: vars.ALIYUN_SMS_ENDPOINT?.trim() || undefined,
  }
}

/**
 * A part of the receiving account: the demo value outside production (and for
 * the local demo, `npm start`, which sets FUPIN_DEMO_BANK_ACCOUNT=1); required in production.
 */
function bankAccountPart(
  vars: NodeJS.ProcessEnv,
  name: "BANK_TRANSFER_ACCOUNT_NAME" | "BANK_TRANSFER_BANK" | "BANK_TRANSFER_ACCOUNT_NUMBER",
  demo: string, demoAllowed: boolean): string {
  const value = vars[name]?.trim()
  if (value) return value
  if (!demoAllowed) throw new EnvError(name, "production needs the platform's receiving account for bank transfers (对公转账)")
  return demo
}

function positiveNumber(vars: NodeJS.ProcessEnv, name: "PRICE_CHECK_MARGIN" | "RECEIPT_AUTO_ACCEPT_DAYS", fallback: number): number {
  const raw = vars[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) throw new EnvError(name, `must be a positive number, got "${raw}"`)
  return value
}
