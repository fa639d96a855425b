import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings pad-upload.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const PAD_UPLOAD_STRINGS = [
  "institution.checking",
  "institution.reportAllGood",
  "institution.reportRow",
  "institution.reportSku",
  "institution.reportTitle",
  "institution.takeAll",
  "institution.takeGood",
  "institution.taken",
  "institution.templateCsv",
  "institution.templateXlsx",
  "institution.unavailable",
  "institution.uploadButton",
  "institution.uploadFailed",
  "institution.uploadIntro",
  "institution.uploadLabel",
  "institution.uploadTitle",
  "institution.uploadWrongType",
  "institution.uploading",
] as const satisfies readonly MessagePath[]
