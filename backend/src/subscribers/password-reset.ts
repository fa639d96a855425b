import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { readEnv } from "../config/env"

type Data = { entity_id: string; actor_type: string; token: string; metadata?: { locale?: string } | null }

export const PASSWORD_RESET_TEMPLATE = "password-reset"
const DEV_STOREFRONT = "http://localhost:8000"

/**
 * Medusa's POST /auth/{actor}/emailpass/reset-password emits auth.password_reset
 * with a single-use token; this sends the link through the notification module
 * (channel email). Customers go to the storefront's reset page in their language
 * (`metadata.locale` "en" → /en, else /zh), admins to the dashboard's.
 */
export default async function passwordReset({ event, container }: SubscriberArgs<Data>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const env = readEnv(process.env, { needsDatabase: false })
  const { entity_id: email, actor_type, token } = event.data
  const params = new URLSearchParams({ token, email }).toString()

  let url: string
  if (actor_type === "customer") {
    const locale = event.data.metadata?.locale === "en" ? "en" : "zh"
    url = `${env.storefrontUrl ?? DEV_STOREFRONT}/${locale}/account/reset-password?${params}`
  } else if (actor_type === "user") {
    url = `${env.backendUrl}/app/reset-password?${params}`
  } else {
    logger.warn(`password reset: no reset page for actor type ${actor_type}`)
    return
  }

  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: email,
    channel: "email",
    template: PASSWORD_RESET_TEMPLATE,
    data: {
      subject: "重置密码 / Reset your password",
      url,
      text: `点击链接重置密码（15 分钟内有效）：${url}\nReset your password (valid for 15 minutes): ${url}`,
    },
    // One notification per token, even if the event is delivered twice.
    idempotency_key: `password-reset:${token.slice(-32)}`,
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset", context: { subscriberId: "password-reset-email" } }
