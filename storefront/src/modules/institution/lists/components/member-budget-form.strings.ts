import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings member-budget-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const MEMBER_BUDGET_FORM_STRINGS = [
  "institutionLists.budgetHint",
  "institutionLists.budgetLabel",
  "institutionLists.budgetSave",
] as const satisfies readonly MessagePath[]
