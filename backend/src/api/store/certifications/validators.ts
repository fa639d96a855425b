import { z } from "@medusajs/framework/zod"

/** GET /store/certifications/:number takes no query parameters. */
export const StoreVerifyCertification = z.object({}).strict()
