import { ContainerRegistrationKeys, defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { EnvError, readEnv } from "./src/config/env"
import { fileProviderFrom } from "./src/lib/files/provider"
import { MOBILE_CODE_TEMPLATE } from "./src/lib/mobile-login/send-code"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

let env: ReturnType<typeof readEnv>
try {
  env = readEnv(process.env, { needsDatabase: !process.argv.slice(2).includes("build") })
} catch (e) {
  if (e instanceof EnvError) {
    // A plain message beats a stack trace for a missing variable.
    console.error(`\n[config] ${e.message}\n`)
    process.exit(1)
  }
  throw e
}

function notificationProviders() {
  if (!env.sms) return [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email", "sms"] } }]
  const { loginCodeTemplate, ...aliyun } = env.sms
  return [
    { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } },
    {
      resolve: "./src/modules/aliyun-sms",
      id: "aliyun-sms",
      options: { channels: ["sms"], ...aliyun, templates: { [MOBILE_CODE_TEMPLATE]: loginCodeTemplate } },
    },
  ]
}

const redisModules = env.redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: env.redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl: env.redisUrl } } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl: env.redisUrl } },
          ],
        },
      },
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl: env.redisUrl } },
          ],
        },
      },
    ]
  : []

const paymentProviders = [
  // 对公转账 for institution members (src/modules/bank-transfer): pp_bank-transfer_bank-transfer
  { resolve: "./src/modules/bank-transfer", id: "bank-transfer", options: { account: env.bankAccount } },
  ...(env.stripe
    ? [
        {
          resolve: "@medusajs/medusa/payment-stripe",
          id: "stripe",
          options: { apiKey: env.stripe.apiKey, webhookSecret: env.stripe.webhookSecret },
        },
        {
          // Alipay and WeChat Pay through Stripe (src/modules/stripe-cn): pp_stripe-alipay_stripe-cn, pp_stripe-wechat-pay_stripe-cn
          resolve: "./src/modules/stripe-cn",
          id: "stripe-cn",
          options: { apiKey: env.stripe.apiKey, webhookSecret: env.stripe.webhookSecret, apiBase: env.stripe.apiBase },
        },
      ]
    : []),
]

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.databaseUrl,
    redisUrl: env.redisUrl,
    workerMode: env.workerMode,
    cookieOptions: { secure: env.cookieSecure },
    http: {
      storeCors: env.storeCors,
      adminCors: env.adminCors,
      authCors: env.authCors,
      jwtSecret: env.jwtSecret,
      cookieSecret: env.cookieSecret,
      // shoppers log in with e-mail + password or with their mobile (src/modules/mobile-auth); staff and suppliers by e-mail
      authMethodsPerActor: { customer: ["emailpass", "mobile"], user: ["emailpass"], supplier: ["emailpass"] },
    },
  },
  // Medusa's core caching is behind a feature flag; it is on where Redis backs it.
  featureFlags: { caching: Boolean(env.redisUrl) },
  admin: {
    disable: env.adminDisabled || env.workerMode === "worker",
    // Unset: the dashboard calls the origin that served it, so one build works on any port.
    backendUrl: process.env.MEDUSA_BACKEND_URL,
  },
  modules: [
    // The marketplace's own domains (src/modules/<domain>)
    { resolve: "./src/modules/geography" },
    // product search: Meilisearch when MEILISEARCH_HOST is set, else the embedded PostgreSQL engine
    { resolve: "./src/modules/product-search", options: { meilisearch: env.meilisearch } },
    { resolve: "./src/modules/certification" },
    { resolve: "./src/modules/institution" },
    { resolve: "./src/modules/service-station" },
    { resolve: "./src/modules/supplier" },
    { resolve: "./src/modules/impact" },
    // bank transfers the operator records and how they are allocated to orders
    { resolve: "./src/modules/settlement" },
    // 验收: institutions' receipts of supplier shipments and what they deduct
    { resolve: "./src/modules/receiving" },
    // 商品评价: verified buyers' reviews, moderated by the operator
    { resolve: "./src/modules/product-review" },
    ...redisModules,
    // uploads and the demo's pictures: S3-compatible when S3_* is set (MinIO in docker-compose), else local /static
    { resolve: "@medusajs/medusa/file", options: { providers: [fileProviderFrom(env.files)] } },
    {
      resolve: "@medusajs/medusa/auth",
      dependencies: [Modules.CACHE, ContainerRegistrationKeys.LOGGER],
      options: {
        providers: [
          { resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass" },
          // 手机号 + 一次性验证码 (or a password the shopper set): POST /auth/customer/mobile
          { resolve: "./src/modules/mobile-auth", id: "mobile" },
        ],
      },
    },
    // E-mails (password reset, invitations) and SMS (login codes) go through Medusa's notification module;
    // the local provider logs them. With ALIYUN_SMS_* set, texts go out through Alibaba Cloud SMS
    // (src/modules/aliyun-sms); production refuses to start without it (src/config/env.ts).
    { resolve: "@medusajs/medusa/notification", options: { providers: notificationProviders() } },
    { resolve: "@medusajs/medusa/payment", options: { providers: paymentProviders } },
  ],
})
