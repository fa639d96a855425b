import { z } from "@medusajs/framework/zod"

const isoDate = (field: string) =>
  z
    .string()
    .refine((v) => !Number.isNaN(Date.parse(v)), { message: `${field} must be a date such as 2026-01-31` })
    .transform((v) => new Date(v))

export const AdminGetImpact = z
  .object({
    county_handle: z.string().min(1).max(40).optional(),
    supplier_id: z.string().min(1).max(64).optional(),
    from: isoDate("from").optional(),
    to: isoDate("to").optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from < q.to, { message: "to must be after from", path: ["to"] })

export type AdminGetImpactType = z.infer<typeof AdminGetImpact>
