import { getRequestConfig } from "next-intl/server"
import { currentLocale } from "./current"
import { messagesFor } from "./messages"

/**
 * next-intl's request configuration (named in next.config.ts). The storefront routes locales
 * itself ([locale] segment, proxy.ts), so the locale is the route's; every message is available
 * on the server, and client components receive only the ones a <ClientStrings> picks for them.
 */
export default getRequestConfig(async () => {
  const locale = await currentLocale()
  return { locale, messages: messagesFor(locale), timeZone: TIME_ZONE }
})

/** Kunming's time zone: dates and times read the same on the server and in the browser. */
export const TIME_ZONE = "Asia/Shanghai"
