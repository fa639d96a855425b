import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings certification-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const CERTIFICATION_FORM_STRINGS = [
  "supplierPortal.certification.apply",
  "supplierPortal.certification.chooseProduct",
  "supplierPortal.certification.evidence",
  "supplierPortal.certification.product",
  "supplierPortal.certification.renew",
  "supplierPortal.common.submitting",
  "supplierPortal.upload",
] as const satisfies readonly MessagePath[]
