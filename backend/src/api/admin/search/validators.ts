import { z } from "@medusajs/framework/zod"

/** GET /admin/search: no parameters. */
export const AdminGetSearchStatus = z.object({}).strict()

/** POST /admin/search/reindex: no body fields. */
export const AdminReindexSearch = z.object({}).strict()
