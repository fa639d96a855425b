import { z } from "@medusajs/framework/zod"
import { countyByHandle, FIGURE_EXPORT_FORMATS } from "@fupin/shared"

const filters = {
  /** a Beijing calendar year; this year unless told */
  year: z
    .string()
    .regex(/^\d{4}$/, "year: 应为四位年份（如 2026） / must be a year such as 2026")
    .transform(Number)
    .refine((y) => y >= 2000 && y <= 2999, "year: 应在 2000–2999 之间 / must be within 2000–2999")
    .optional(),
  institution_id: z.string().trim().min(1).max(100).optional(),
  county: z
    .string()
    .trim()
    .refine((h) => !!countyByHandle(h), "county: 不是昆明市的县区 / not a county of Kunming")
    .optional(),
}

export const AdminInstitutionFiguresQuery = z.object(filters).strict()
export type AdminInstitutionFiguresQueryType = z.infer<typeof AdminInstitutionFiguresQuery>

export const AdminExportInstitutionFiguresQuery = z.object({ ...filters, format: z.enum(FIGURE_EXPORT_FORMATS).optional() }).strict()
export type AdminExportInstitutionFiguresQueryType = z.infer<typeof AdminExportInstitutionFiguresQuery>
