import { describe, expect, it } from "vitest"
import { DEV_SECRET, EnvError, readEnv } from "../env"

const base = { DATABASE_URL: "postgres://u:p@db:5432/fupin" }
const strong = "f".repeat(64)
const production = {
  ...base,
  NODE_ENV: "production",
  JWT_SECRET: strong,
  COOKIE_SECRET: strong.replace(/f/g, "e"),
  STORE_CORS: "https://shop.example.cn",
  ADMIN_CORS: "https://admin.example.cn",
  AUTH_CORS: "https://shop.example.cn,https://admin.example.cn",
  BANK_TRANSFER_ACCOUNT_NAME: "收款单位",
  BANK_TRANSFER_BANK: "某银行",
  BANK_TRANSFER_ACCOUNT_NUMBER: "123",
  ALIYUN_SMS_ACCESS_KEY_ID: "LTAI-example",
  ALIYUN_SMS_ACCESS_KEY_SECRET: "secret",
  ALIYUN_SMS_SIGN_NAME: "昆明消费扶贫",
  ALIYUN_SMS_TEMPLATE_CODE: "SMS_000001",
}

function errorOf(fn: () => unknown): EnvError {
  try {
    fn()
  } catch (e) {
    if (e instanceof EnvError) return e
    throw e
  }
  throw new Error("expected an EnvError")
}

describe("backend environment", () => {
  it("prints the numbered demo receiving account locally and requires a real one in production", () => {
    expect(readEnv(base).bankAccount.name).toBe("昆明消费扶贫平台（示例）")
    const unset = { ...production, BANK_TRANSFER_ACCOUNT_NAME: undefined, BANK_TRANSFER_BANK: undefined, BANK_TRANSFER_ACCOUNT_NUMBER: undefined }
    expect(errorOf(() => readEnv(unset)).variable).toBe("BANK_TRANSFER_ACCOUNT_NAME")
    expect(readEnv(production).bankAccount).toEqual({ name: "收款单位", bank: "某银行", account: "123" })
    expect(readEnv({ ...unset, FUPIN_DEMO_BANK_ACCOUNT: "1" }).bankAccount.account).toMatch(/^6200/)
  })

  it("logs texts locally, and requires Alibaba Cloud SMS in production (whole) unless it is the local demo", () => {
    expect(readEnv(base).sms).toBeUndefined()
    const unset = { ...production, ALIYUN_SMS_ACCESS_KEY_ID: undefined }
    expect(errorOf(() => readEnv(unset)).variable).toBe("ALIYUN_SMS_ACCESS_KEY_ID")
    expect(readEnv({ ...unset, FUPIN_DEMO_SMS: "1" }).sms).toBeUndefined()
    expect(errorOf(() => readEnv({ ...production, ALIYUN_SMS_SIGN_NAME: " " })).variable).toBe("ALIYUN_SMS_SIGN_NAME")
    expect(readEnv(production).sms).toEqual({
      accessKeyId: "LTAI-example",
      accessKeySecret: "secret",
      signName: "昆明消费扶贫",
      loginCodeTemplate: "SMS_000001",
      endpoint: undefined,
    })
  })

  it("runs on a laptop with nothing but a database: dev secrets, local CORS, in-memory modules", () => {
    const env = readEnv(base)
    expect(env.jwtSecret).toBe(DEV_SECRET)
    expect(env.storeCors).toContain("http://localhost:8000")
    expect(env.redisUrl).toBeUndefined()
    expect(env.stripe).toBeUndefined()
    expect(env.meilisearch).toBeUndefined()
    expect(env.workerMode).toBe("shared")
  })

  it("names DATABASE_URL when no database is given", () => {
    expect(errorOf(() => readEnv({})).variable).toBe("DATABASE_URL")
  })

  it("builds the database URL from Medusa's test-runner variables", () => {
    const env = readEnv({ DB_HOST: "localhost", DB_PORT: "54330", DB_USERNAME: "postgres", DB_PASSWORD: "p@ss", DB_TEMP_NAME: "t1" })
    expect(env.databaseUrl).toBe("postgres://postgres:p%40ss@localhost:54330/t1")
  })

  it("refuses to start in production with a default or short secret, naming the variable", () => {
    expect(errorOf(() => readEnv({ ...production, JWT_SECRET: undefined })).variable).toBe("JWT_SECRET")
    expect(errorOf(() => readEnv({ ...production, COOKIE_SECRET: "supersecret" })).variable).toBe("COOKIE_SECRET")
    expect(errorOf(() => readEnv({ ...production, JWT_SECRET: DEV_SECRET })).variable).toBe("JWT_SECRET")
  })

  it("refuses `*` CORS in production", () => {
    const e = errorOf(() => readEnv({ ...production, STORE_CORS: "https://shop.example.cn,*" }))
    expect(e.variable).toBe("STORE_CORS")
    expect(errorOf(() => readEnv({ ...production, ADMIN_CORS: undefined })).variable).toBe("ADMIN_CORS")
  })

  it("accepts a production configuration with real secrets and origins", () => {
    const env = readEnv(production)
    expect(env.isProduction).toBe(true)
    expect(env.jwtSecret).toBe(strong)
  })

  it("switches to Redis, Stripe and Meilisearch only when their variables are set", () => {
    const env = readEnv({
      ...base,
      REDIS_URL: "redis://redis:6379",
      STRIPE_API_KEY: "sk_test_123",
      STRIPE_WEBHOOK_SECRET: "whsec_1",
      MEILISEARCH_HOST: "http://meilisearch:7700",
    })
    expect(env.redisUrl).toBe("redis://redis:6379")
    expect(env.stripe).toEqual({ apiKey: "sk_test_123", webhookSecret: "whsec_1" })
    expect(env.meilisearch).toEqual({ host: "http://meilisearch:7700", apiKey: undefined })
  })

  it("keeps session cookies Secure in production unless a plain-http local run says otherwise", () => {
    expect(readEnv(production).cookieSecure).toBe(true)
    expect(readEnv({ ...production, COOKIE_SECURE: "false" }).cookieSecure).toBe(false)
    expect(readEnv(base).cookieSecure).toBe(false)
  })

  it("rejects an unknown worker mode", () => {
    expect(errorOf(() => readEnv({ ...base, MEDUSA_WORKER_MODE: "both" })).variable).toBe("MEDUSA_WORKER_MODE")
  })

  it("limits login attempts by default and takes other limits from RATE_LIMIT_* as attempts/seconds[/block]", () => {
    const defaults = readEnv(base).rateLimits
    expect(defaults.login.account.points).toBeLessThan(30)
    const env = readEnv({ ...base, RATE_LIMIT_LOGIN_ACCOUNT: "3/60/600", RATE_LIMIT_CERTIFICATE_ADDRESS: "10/60" })
    expect(env.rateLimits.login.account).toEqual({ points: 3, duration: 60, block: 600 })
    expect(env.rateLimits.certificate.address).toEqual({ points: 10, duration: 60, block: 60 })
  })

  it("names the rate-limit variable that is not attempts/seconds", () => {
    for (const bad of ["5", "0/60", "five/60", "5/60/1/2", "1.5/60"]) {
      const error = errorOf(() => readEnv({ ...base, RATE_LIMIT_REGISTER_ADDRESS: bad }))
      expect(error.variable).toBe("RATE_LIMIT_REGISTER_ADDRESS")
    }
  })
})
