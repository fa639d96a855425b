import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { listParams } from "../institutions/validators"

const bool = z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean())
const ids = z.union([z.string().min(1), z.array(z.string().min(1))]).optional()

export const AdminListServiceStations = listParams("sort_order")
  .extend({
    q: z.string().trim().min(1).max(100).optional(),
    county_handle: ids,
    township_id: ids,
    village_id: ids,
    is_active: bool.optional(),
    pickup_enabled: bool.optional(),
    /** township: township-level stations only (no village); village: village stations only */
    level: z.enum(["township", "village"]).optional(),
  })
  .strict()

export const AdminGetServiceStation = createSelectParams().strict()

const text = (max = 200) => z.string().trim().min(1).max(max)

export const AdminCreateServiceStation = z
  .object({
    name: text(100),
    county_handle: text(50),
    township_id: text(50),
    village_id: text(50).nullish(),
    address: text(300),
    opening_hours: text(20),
    phone: z
      .string()
      .trim()
      .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, "a mainland mobile (11 digits) or landline (0871-6xxxxxxx)")
      .nullish(),
    pickup_enabled: z.boolean().optional(),
    is_active: z.boolean().optional(),
  })
  .strict()
export type AdminCreateServiceStationType = z.infer<typeof AdminCreateServiceStation>

export const AdminUpdateServiceStation = AdminCreateServiceStation.partial().strict()
export type AdminUpdateServiceStationType = z.infer<typeof AdminUpdateServiceStation>

export const AdminDeactivateServiceStation = z.object({}).strict()
export type AdminDeactivateServiceStationType = z.infer<typeof AdminDeactivateServiceStation>
