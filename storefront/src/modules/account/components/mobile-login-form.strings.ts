import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings mobile-login-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const MOBILE_LOGIN_FORM_STRINGS = [
  "account.codeLogin",
  "account.codeSent",
  "account.mobileCode",
  "account.mobileLoginIntro",
  "account.mobileNumber",
  "account.mobilePassword",
  "account.passwordLogin",
  "account.resendIn",
  "account.sendCode",
  "account.submitting",
  "account.useCode",
  "account.usePassword",
] as const satisfies readonly MessagePath[]
