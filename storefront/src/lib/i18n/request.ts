import { getRequestConfig } from "next-intl/server"
import { KUNMING_TIME_ZONE } from "@fupin/shared"
import { currentLocale } from "./current"
import { messagesFor } from "./messages"

/**
 * next-intl's request configuration (named in next.config.ts). The storefront routes locales
 * itself ([locale] segment, proxy.ts), so the locale is the route's; every message is available
 * on the server, and client components receive only the ones a <ClientStrings> picks for them.
 */
export default getRequestConfig(async () => {
  const locale = await currentLocale()
  return { locale, messages: messagesFor(locale), timeZone: KUNMING_TIME_ZONE }
})
