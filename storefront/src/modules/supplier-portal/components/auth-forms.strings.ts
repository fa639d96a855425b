import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings auth-forms.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const PORTAL_AUTH_FORMS_STRINGS = [
  "supplierPortal.apply.email",
  "supplierPortal.apply.next",
  "supplierPortal.apply.password",
  "supplierPortal.apply.passwordHint",
  "supplierPortal.common.submitting",
  "supplierPortal.join.email",
  "supplierPortal.join.emailHint",
  "supplierPortal.join.haveLogin",
  "supplierPortal.join.name",
  "supplierPortal.join.password",
  "supplierPortal.join.phone",
  "supplierPortal.join.submit",
  "supplierPortal.login.apply",
  "supplierPortal.login.email",
  "supplierPortal.login.noAccount",
  "supplierPortal.login.password",
  "supplierPortal.login.submit",
  "supplierPortal.login.title",
] as const satisfies readonly MessagePath[]
