import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings invite-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const INVITE_FORM_STRINGS = [
  "supplierPortal.common.submitting",
  "supplierPortal.members.email",
  "supplierPortal.members.inviteSubmit",
] as const satisfies readonly MessagePath[]
