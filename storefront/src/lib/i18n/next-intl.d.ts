import type { Locale } from "@fupin/shared"
import type { Messages } from "./messages"

// Typed keys: useTranslations("checkout") and t("saving") are checked against the Chinese dictionary's shape.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale
    Messages: Messages
  }
}
