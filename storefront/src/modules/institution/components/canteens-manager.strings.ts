import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings canteens-manager.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const CANTEENS_MANAGER_STRINGS = [
  "institution.canteenAdd",
  "institution.canteenAddress",
  "institution.canteenContact",
  "institution.canteenCounty",
  "institution.canteenName",
  "institution.canteenPhone",
  "institution.canteenPhoneHint",
  "institution.canteenRemove",
  "institution.canteenRemoveLabel",
  "institution.canteenSave",
  "institution.canteensAdminOnly",
  "institution.canteensNone",
  "institution.canteensTitle",
] as const satisfies readonly MessagePath[]
