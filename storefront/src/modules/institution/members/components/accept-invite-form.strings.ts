import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings accept-invite-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const ACCEPT_INVITE_FORM_STRINGS = [
  "institutionMembers.acceptAsMe",
  "institutionMembers.email",
  "institutionMembers.name",
  "institutionMembers.password",
  "institutionMembers.passwordHint",
  "institutionMembers.submit",
  "institutionMembers.submitting",
] as const satisfies readonly MessagePath[]
