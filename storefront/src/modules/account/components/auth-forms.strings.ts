import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings auth-forms.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const AUTH_FORMS_STRINGS = [
  "account.confirmPassword",
  "account.email",
  "account.forgot",
  "account.haveAccount",
  "account.linkSent",
  "account.login",
  "account.name",
  "account.noAccount",
  "account.password",
  "account.passwordHint",
  "account.register",
  "account.resetSubmit",
  "account.sendLink",
  "account.submitting",
] as const satisfies readonly MessagePath[]
