import type { MessagePath } from "@/lib/i18n/messages"
import { MEMBER_BUDGET_FORM_STRINGS } from "../../lists/components/member-budget-form.strings"

/** The UI strings members-manager.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const MEMBERS_MANAGER_STRINGS = [
  ...MEMBER_BUDGET_FORM_STRINGS,
  "institutionMembers.inviteEmail",
  "institutionMembers.inviteHeading",
  "institutionMembers.membersTitle",
  "institutionMembers.noPending",
  "institutionMembers.pendingHeading",
  "institutionMembers.remove",
  "institutionMembers.revoke",
  "institutionMembers.roles",
  "institutionMembers.save",
  "institutionMembers.sendInvite",
  "institutionMembers.submitting",
  "institutionMembers.you",
] as const satisfies readonly MessagePath[]
