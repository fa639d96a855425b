import { z } from "@medusajs/framework/zod"

/** each section lists at most `limit` items, oldest first (counts are always the totals) */
export const AdminReviewInboxQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).optional() }).strict()
export type AdminReviewInboxQueryType = z.infer<typeof AdminReviewInboxQuery>

/** approve: nothing to say; reject: the reason the producer sees */
export const AdminApproveReview = z.object({}).strict()
export const AdminRejectReview = z.object({ reason: z.string().trim().min(2).max(1000) }).strict()
export type AdminRejectReviewType = z.infer<typeof AdminRejectReview>
