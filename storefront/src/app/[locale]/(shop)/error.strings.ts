import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings error.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const ERROR_STRINGS = [
  "error.body",
  "error.home",
  "error.retry",
  "error.title",
] as const satisfies readonly MessagePath[]
