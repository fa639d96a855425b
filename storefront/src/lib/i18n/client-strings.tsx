import "server-only"

import type { ReactNode } from "react"
import { NextIntlClientProvider } from "next-intl"
import { KUNMING_TIME_ZONE, type Locale } from "@fupin/shared"
import { pickMessages, type MessagePath } from "./messages"

/**
 * Hands the client components below it the UI strings they use, and no others: the dictionaries
 * stay on the server. Each client component that calls useTranslations has a `*.strings.ts` beside
 * it listing the paths it reads (checked by client-strings.unit.spec.ts); the server component that
 * renders it wraps it in <ClientStrings pick={THAT_LIST}>. A provider replaces, not merges, an outer
 * one's messages, so a client component that renders another lists the other's paths too.
 */
export function ClientStrings({ locale, pick, children }: { locale: Locale; pick: readonly MessagePath[]; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(locale, pick)} timeZone={KUNMING_TIME_ZONE}>
      {children}
    </NextIntlClientProvider>
  )
}
