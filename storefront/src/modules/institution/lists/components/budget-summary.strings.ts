import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings budget-summary.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const BUDGET_SUMMARY_STRINGS = [
  "institutionLists.budgetLeft",
  "institutionLists.budgetNone",
  "institutionLists.budgetOf",
  "institutionLists.budgetOver",
  "institutionLists.budgetTitle",
] as const satisfies readonly MessagePath[]
