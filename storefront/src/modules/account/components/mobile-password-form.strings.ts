import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings mobile-password-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const MOBILE_PASSWORD_FORM_STRINGS = [
  "account.mobilePassword",
  "account.mobilePasswordSaved",
  "account.passwordHint",
  "account.setMobilePassword",
  "account.setMobilePasswordIntro",
  "account.submitting",
] as const satisfies readonly MessagePath[]
