import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings review-form.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const REVIEW_FORM_STRINGS = [
  "review.photos",
  "review.rating",
  "review.ratingHint",
  "review.starsLabel",
  "review.submit",
  "review.submitting",
  "review.text",
  "review.textHint",
  "review.upload",
] as const satisfies readonly MessagePath[]
