import { z } from "@medusajs/framework/zod"
import { isoDate } from "../../../lib/http/bad-input"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { INTENT_STATUSES } from "@fupin/shared"
import { listParams } from "../institutions/validators"

const oneOrMany = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.enum(values), z.array(z.enum(values))]).optional()
const ids = z.union([z.string().min(1), z.array(z.string().min(1))]).optional()
const money = z.number().positive().max(1e12).multipleOf(0.01)
const date = isoDate

export const AdminListPurchaseIntents = listParams("-amount")
  .extend({
    institution_id: ids,
    county_handle: ids,
    status: oneOrMany(INTENT_STATUSES),
  })
  .strict()

export const AdminPurchaseIntentSummaryQuery = z
  .object({ institution_id: ids, county_handle: ids, status: oneOrMany(INTENT_STATUSES) })
  .strict()
export type AdminPurchaseIntentSummaryQueryType = z.infer<typeof AdminPurchaseIntentSummaryQuery>

export const AdminGetPurchaseIntent = createSelectParams().strict()

export const AdminCreatePurchaseIntent = z
  .object({
    institution_id: z.string().trim().min(1),
    county_handle: z.string().trim().min(1),
    amount: money,
    period_start: date,
    period_end: date,
    signed_at: date.nullish(),
    note: z.string().trim().max(500).nullish(),
  })
  .strict()
export type AdminCreatePurchaseIntentType = z.infer<typeof AdminCreatePurchaseIntent>

export const AdminUpdatePurchaseIntent = z
  .object({
    county_handle: z.string().trim().min(1).optional(),
    amount: money.optional(),
    period_start: date.optional(),
    period_end: date.optional(),
    signed_at: date.nullish(),
    note: z.string().trim().max(500).nullish(),
    /** cancel through POST /admin/purchase-intents/:id/cancel */
    status: z.enum(["active", "completed"]).optional(),
  })
  .strict()
export type AdminUpdatePurchaseIntentType = z.infer<typeof AdminUpdatePurchaseIntent>

export const AdminCancelPurchaseIntent = z.object({ note: z.string().trim().max(500).optional() }).strict()
export type AdminCancelPurchaseIntentType = z.infer<typeof AdminCancelPurchaseIntent>
